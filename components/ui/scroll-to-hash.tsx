"use client";

import { useEffect } from "react";

/**
 * Scrolls to the element the URL's #fragment names once it is on the page. The browser does so by
 * itself only for elements in the first HTML; rows that stream in behind a loading state arrive
 * after it has looked. Render this after them, inside the same boundary.
 */
export function ScrollToHash() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, []);
  return null;
}
