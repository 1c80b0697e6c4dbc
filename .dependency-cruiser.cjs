// newsdesk's layers, ground up: each floor imports only floors below it, and folders on one floor do not import
// each other. docs/ARCHITECTURE.md draws the same picture. `npm run layers` checks it; `npm test` runs that.
const FLOORS = [
  ["src/model"],
  ["src/render"],
  ["src/taxonomy"],
  ["src/content"],
  ["src/related", "src/feeds", "src/seo", "src/charts", "src/search", "src/import"],
  ["src/site"],
  ["layouts"],
  ["src/build", "src/verify"],
  ["src/plugin\\.ts"],
  ["src/cli", "\\.eleventy\\.ts"],
  ["bin"],
];

const folder = (name) => `^${name}(/|$)`;
const any = (names) => `(${names.map(folder).join("|")})`;

const upward = FLOORS.flatMap((floor, level) => {
  const above = FLOORS.slice(level + 1).flat();
  return above.length === 0
    ? []
    : [
        {
          name: `floor-${level}-imports-upward`,
          comment: `${floor.join(", ")} may import only the floors below it`,
          severity: "error",
          from: { path: any(floor) },
          to: { path: any(above) },
        },
      ];
});

const sideways = FLOORS.filter((floor) => floor.length > 1).flatMap((floor) =>
  floor.map((name) => ({
    name: `${name.replace(/\\/g, "").replace(/^src\//, "")}-imports-a-neighbour`,
    comment: `${name} does not import the other folders of its floor (${floor.join(", ")})`,
    severity: "error",
    from: { path: folder(name) },
    to: { path: any(floor.filter((other) => other !== name)) },
  })),
);

module.exports = {
  forbidden: [
    ...upward,
    ...sideways,
    {
      name: "no-circular",
      comment: "no import circle, inside a folder or across folders",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "product-imports-bench-or-tests",
      comment: "the product never imports the benchmark or the tests",
      severity: "error",
      from: { path: any(["src", "layouts", "bin", "\\.eleventy\\.ts"]) },
      to: { path: any(["bench", "tests"]) },
    },
    {
      name: "eleventy-outside-the-adapter",
      comment: "only src/plugin.ts and the command line talk to Eleventy; the core is plain TypeScript",
      severity: "error",
      from: {
        path: any([
          "src/model",
          "src/render",
          "src/taxonomy",
          "src/content",
          "src/related",
          "src/feeds",
          "src/seo",
          "src/charts",
          "src/search",
          "src/import",
          "src/site",
          "layouts",
          "src/build",
          "src/verify",
        ]),
      },
      to: { path: "node_modules/@11ty/eleventy/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^(tests/fixtures|content)/" },
  },
};
