/** Puppeteer cannot download a browser on our machines: tests use Debian's chromium and firefox-esr. */
module.exports = { skipDownload: true };
