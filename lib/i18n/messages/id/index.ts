import common from "./common";
import errors from "./errors";
import auth from "./auth";
import claims from "./claims";
import articles from "./articles";

export const id = { ...common, ...errors, ...auth, ...claims, ...articles };
