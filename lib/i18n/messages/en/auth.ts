const auth = {
  "auth.signIn.title": "Sign in",
  "auth.signIn.tagline":
    "Check every sourced claim in the stories your desk publishes: see each one in its article, weigh the evidence, give a verdict.",
  "auth.signIn.email": "Email",
  "auth.signIn.password": "Password",
  "auth.signIn.submit": "Sign in",
  "auth.signIn.submitting": "Signing in…",
  "auth.signIn.invalid": "Wrong email or password.",
  "auth.signOut": "Sign out",
  "auth.account": "Your account",
  "auth.roleIn": "{role} · {workspace}",
  "auth.workspace.switch": "Switch",
  "auth.preferences.failed": "That setting could not be saved. Please try again.",
  // App-shell texts (header, error and not-found pages) until they get a namespace of their own.
  "shell.notFound.title": "Page not found",
  "shell.notFound.body": "This page does not exist, or it belongs to a workspace you are not in.",
  "shell.backToClaims": "Go to the claims list",
  "shell.error.title": "Something went wrong",
  "shell.error.reference": "Reference for support: {digest}",
  "shell.retry": "Try again",
} as const;
export default auth;
