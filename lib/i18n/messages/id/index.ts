import common from "./common";
import errors from "./errors";
import auth from "./auth";
import claims from "./claims";
import articles from "./articles";
import claimsList from "./claimsList";
import reviews from "./reviews";
import reports from "./reports";

export const id = {
  ...common,
  ...errors,
  ...auth,
  ...claims,
  ...articles,
  ...claimsList,
  ...reviews,
  ...reports,
};
