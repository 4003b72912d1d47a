// The three engines a campaigner's browser may be built on, each driven over WebDriver
// with selenium-webdriver: Chromium (chromedriver), Firefox ESR (geckodriver) and
// WebKitGTK, the engine Safari is built on (WebKitWebDriver driving MiniBrowser under
// a virtual display). Playwright cannot drive the stock Firefox and WebKit builds.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { Builder } from "selenium-webdriver";
import chrome from "selenium-webdriver/chrome.js";
import firefox from "selenium-webdriver/firefox.js";

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** The engines this machine has, by name. */
export function engines() {
  const have = (path) => existsSync(path);
  return [
    have("/usr/bin/chromedriver") && "chromium",
    have("/usr/bin/firefox-esr") && have(geckodriver() ?? "") && "firefox",
    have("/usr/bin/WebKitWebDriver") && have(MINIBROWSER) && "webkit",
  ].filter(Boolean);
}

/** geckodriver: where make found it on PATH, else cargo's bin folder. */
function geckodriver() {
  if (process.env.GECKODRIVER) return process.env.GECKODRIVER;
  const home = process.env.CARGO_HOME ?? `${process.env.HOME}/.cargo`;
  return existsSync(`${home}/bin/geckodriver`) ? `${home}/bin/geckodriver` : null;
}

/** A free-ish port for a driver of our own. */
const port = () => 4444 + Math.floor(Math.random() * 1000);

async function waitForServer(url, tries = 100) {
  for (let i = 0; i < tries; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no WebDriver at ${url}`);
}

/** Starts `name` and returns { driver, quit }. */
export async function start(name, viewport = { width: 1440, height: 900 }) {
  if (name === "chromium") {
    const options = new chrome.Options()
      .setChromeBinaryPath("/usr/bin/chromium")
      .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", `--window-size=${viewport.width},${viewport.height}`);
    const driver = await new Builder().forBrowser("chrome").setChromeOptions(options).setChromeService(new chrome.ServiceBuilder("/usr/bin/chromedriver")).build();
    return { driver, quit: () => driver.quit() };
  }
  if (name === "firefox") {
    const options = new firefox.Options().setBinary("/usr/bin/firefox-esr").addArguments("-headless", `--width=${viewport.width}`, `--height=${viewport.height}`);
    const service = new firefox.ServiceBuilder(geckodriver());
    const driver = await new Builder().forBrowser("firefox").setFirefoxOptions(options).setFirefoxService(service).build();
    await driver.manage().window().setRect(viewport);
    return { driver, quit: () => driver.quit() };
  }
  // WebKitGTK: our own WebKitWebDriver, MiniBrowser on a virtual display.
  const p = port();
  const server = spawn("xvfb-run", ["-a", "/usr/bin/WebKitWebDriver", `--port=${p}`], { stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${p}`;
  await waitForServer(url);
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({ browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } })
    .build();
  await driver.manage().window().setRect(viewport).catch(() => {});
  return {
    driver,
    quit: async () => {
      await driver.quit().catch(() => {});
      try { process.kill(-server.pid); } catch {}
    },
  };
}
