/** The newsroom's publish workflow for GitHub Pages: the repository's own, run with the installed newsdesk. */
export const PUBLISH_WORKFLOW = `# Publishes the archive to GitHub Pages on every push to main: check, build, verify, deploy.
# Settings → Pages → Source: "GitHub Actions". The site's address and path come from the Pages configuration.
name: Publish

on:
  push:
    branches: [main]
  # Hourly, so articles scheduled for later are published once their time has come.
  schedule:
    - cron: "17 * * * *"
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
          cache: npm
      - name: Install
        # Exactly the newsdesk package-lock.json pins.
        run: npm ci --no-audit --no-fund
      - name: Pages settings
        id: pages
        uses: actions/configure-pages@v5
      - name: Check content
        # Every problem shows as an annotation on its file and line; warnings fail the run too (--strict).
        run: npm run -s check -- --strict --format github
      - name: Last build
        # The last published site and its manifests: --incremental renders only what changed since.
        uses: actions/cache@v4
        with:
          path: |
            _site
            ._site.newsdesk.json
            ._site.newsdesk.articles.ndjson
          key: newsdesk-site-\${{ github.sha }}
          restore-keys: newsdesk-site-
      - name: Build
        run: npm run -s build -- --incremental --base-url "\${{ steps.pages.outputs.origin }}" --path-prefix "\${{ steps.pages.outputs.base_path }}/" --out _site --report build-report.json
      - name: Verify
        run: npm run -s verify -- --out _site
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - name: Deploy
        id: deployment
        uses: actions/deploy-pages@v4
`;
