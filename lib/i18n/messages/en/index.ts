import common from "./common";
import errors from "./errors";
import auth from "./auth";
import claims from "./claims";
import articles from "./articles";
import claimsList from "./claimsList";
import reviews from "./reviews";
import reports from "./reports";
import comments from "./comments";
import notifications from "./notifications";
import members from "./members";
import lists from "./lists";
import flow from "./flow";
import apiTokens from "./apiTokens";
import exportsMessages from "./exports";
import intake from "./intake";
import discover from "./discover";
import filterOptions from "./filterOptions";

export const en = {
  ...common,
  ...errors,
  ...auth,
  ...claims,
  ...articles,
  ...claimsList,
  ...reviews,
  ...reports,
  ...comments,
  ...notifications,
  ...members,
  ...lists,
  ...flow,
  ...apiTokens,
  ...exportsMessages,
  ...intake,
  ...discover,
  ...filterOptions,
};
