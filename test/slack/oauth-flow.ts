/**
 * Installs the app in `team` as a browser would: open /slack/install (which sets the state cookie and
 * links to Slack), then come back to /slack/oauth_redirect with Slack's code and the same state. The
 * fake Slack's oauth.v2.access turns "code-<team>" into that team's installation.
 */
export async function installThroughOAuth(appUrl: string, team: string): Promise<Response> {
  const page = await fetch(`${appUrl}/slack/install`);
  const html = await page.text();
  const state = /[?&;]state=([^&"]+)/.exec(html)?.[1];
  if (!state) throw new Error(`no state in the install page (${page.status}): ${html.slice(0, 200)}`);
  const cookie = page.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return fetch(`${appUrl}/slack/oauth_redirect?code=code-${team}&state=${state}`, { headers: { cookie } });
}
