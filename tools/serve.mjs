// `make serve`: serves the release build in dist/ exactly as users get it (service
// worker, Content-Security-Policy, brotli/gzip and cache headers as a real host sends
// them) on http://127.0.0.1:8080/ until Ctrl+C.
import { serve } from "../tests/e2e/serve.mjs";

const port = Number(process.env.PORT ?? 8080);
const server = await serve(new URL("../dist/", import.meta.url).pathname, port, { compress: true });
console.log(`LNB Studio is served at ${server.url} (Ctrl+C stops it)`);
