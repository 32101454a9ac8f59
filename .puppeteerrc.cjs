// pa11y-ci drives Debian's Chromium (see tests/a11y); never download a browser.
module.exports = { skipDownload: true };
