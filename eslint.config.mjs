// ESLint 9 flat config. Rules here catch bugs or guard the conventions in CODE_STYLE.md; formatting is
// Prettier's job (.prettierrc.json), so no stylistic rules. Run by `npm run lint` and by `npm test`'s
// static stage with --max-warnings=0: a warning fails the build like an error.
import js from "@eslint/js";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";
import tseslint from "typescript-eslint";

const TS = ["**/*.ts", "**/*.tsx"];
const TESTS = ["**/*.test.ts", "**/*.test.tsx", "e2e/**", "lib/testing/**"];

// Where the app's own code lives (not scripts, tests or config): conventions apply here.
const APP_CODE = ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "proxy.ts"];

const inlineUrl = {
  // `/claims/${id}`, `/articles?page=${p}`, `/api/claims/${id}/verdict` built in place forget encoding
  // and drift from the routes; lib/routes.ts builds every one of them.
  selector: "TemplateLiteral[quasis.0.value.raw=/^\\/(claims|articles|api|signin|no-workspace)([/?#]|$)/]",
  message: "Build app URLs with `routes` from @/lib/routes (it encodes ids and keeps one query order).",
};
const processEnv = {
  selector: "MemberExpression[object.name='process'][property.name='env']",
  message: "Read configuration through `env` from @/lib/env (the one place it is read and validated).",
};

export default tseslint.config(
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...nextCoreWebVitals,
  ...nextTypescript,

  // Accessibility: the full recommended set, as errors (Next's preset keeps only a few, as warnings).
  // Rules only: eslint-config-next already registers the jsx-a11y plugin.
  { files: ["**/*.tsx"], rules: jsxA11y.flatConfigs.recommended.rules },

  // Type-aware rules: promises that are never awaited, awaited non-promises, switches that miss a
  // case of a union, objects stringified as "[object Object]", throwing non-Errors.
  {
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // Async handlers on JSX attributes are fine (React ignores the promise; callApi never throws).
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/return-await": ["error", "in-try-catch"],
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/no-base-to-string": "error",
      "@typescript-eslint/only-throw-error": "error",
      "@typescript-eslint/prefer-promise-reject-errors": "error",
      "@typescript-eslint/no-for-in-array": "error",
      "@typescript-eslint/no-implied-eval": "error",
      "@typescript-eslint/no-deprecated": "error",
    },
  },

  {
    rules: {
      // Next's preset makes these warnings; they are bugs.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      "react-hooks/exhaustive-deps": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-template-curly-in-string": "error",
      "no-self-compare": "error",
      "no-unmodified-loop-condition": "error",
      "no-unreachable-loop": "error",
      "no-promise-executor-return": "error",
      "array-callback-return": "error",
      "no-constructor-return": "error",
      // The App Router has no pages/ directory for this rule to look at.
      "@next/next/no-html-link-for-pages": "off",
    },
  },

  // Conventions (CODE_STYLE.md) for the app's own code.
  {
    files: APP_CODE,
    ignores: TESTS,
    rules: {
      "no-restricted-syntax": ["error", inlineUrl, processEnv],
    },
  },
  { files: ["lib/routes.ts"], rules: { "no-restricted-syntax": ["error", processEnv] } },
  { files: ["lib/env.ts"], rules: { "no-restricted-syntax": ["error", inlineUrl] } },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/ui/I18nProvider.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/db",
              message: "Pages and components call a domain function in lib/<domain>/; only lib/ touches the database.",
            },
            {
              name: "@/lib/i18n/translate",
              importNames: ["translator"],
              message:
                "Server components: `const { t } = await getI18n()` from @/lib/i18n/server; client components: useI18n().",
            },
          ],
          patterns: [
            {
              group: ["@/lib/generated/*", "@/lib/generated/**"],
              allowTypeImports: true,
              message: "Only lib/ uses the Prisma client; import types only.",
            },
          ],
        },
      ],
    },
  },

  // Playwright fixtures call `use(value)`, which the hooks rule takes for React's `use()`; e2e has no React.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },

  // Tools read config files' default export; a name would add nothing.
  { files: ["*.config.{js,mjs,ts}"], rules: { "import/no-anonymous-default-export": "off" } },

  // Plain JavaScript config files are not in tsconfig: no type information for them.
  { files: ["**/*.{js,mjs,cjs}"], ...tseslint.configs.disableTypeChecked },
);
