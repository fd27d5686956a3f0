import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      ".data/**",
      ".scratch/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Dropping a field with a rest pattern ({ line, ...row }) is how a row loses a column here.
  { rules: { "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }] } },
  // Dependencies point down (docs/ARCHITECTURE.md): lib is used by components and pages, never the reverse;
  // and only lib/db opens the database.
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: ["lib/generated/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"],
              message: "lib must not import from components/ or app/: move the shared code into lib.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx", "components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/generated/*", "@prisma/*", "@electric-sql/*", "pg"],
              message: "Pages and components reach the database through lib/queries or lib/db.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
