/**
 * The page served in place of a web app that has not been built yet. Static text only: nothing
 * from the request is echoed into it.
 */
export function placeholderPage(appName: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${appName}</title></head>
<body>
<h1>${appName}</h1>
<p>网页应用尚未构建。请在仓库根目录运行 <code>pnpm run build</code>，然后重新启动服务器。</p>
<p lang="en">This web app has not been built yet. Run <code>pnpm run build</code> at the repository root, then restart the server.</p>
<p lang="en">The API is available at <a href="/api/openapi.json">/api/openapi.json</a>.</p>
</body>
</html>
`;
}
