// Component tests (jsdom): unmount what each test rendered, so the next one starts from an empty page.
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

afterEach(() => cleanup());

// jsdom lays nothing out, so it has no scrolling; the components only ask to scroll, which may do nothing here.
if (typeof Element !== "undefined" && !Element.prototype.scrollIntoView)
  Element.prototype.scrollIntoView = function scrollIntoView() {};
