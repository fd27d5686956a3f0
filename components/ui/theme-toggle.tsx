"use client";

import { useSyncExternalStore } from "react";

type Theme = "system" | "light" | "dark";
const storageKey = "calibaja-theme";

function readTheme(): Theme {
  const value = document.documentElement.dataset.theme;
  return value === "light" || value === "dark" ? value : "system";
}

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

export function ThemeToggle({ labels }: { labels: { label: string; light: string; dark: string; system: string } }) {
  const theme = useSyncExternalStore(subscribe, readTheme, () => "system" as Theme);
  const choose = (next: Theme) => {
    if (next === "system") {
      delete document.documentElement.dataset.theme;
      localStorage.removeItem(storageKey);
    } else {
      document.documentElement.dataset.theme = next;
      localStorage.setItem(storageKey, next);
    }
  };
  return (
    <label className="theme-toggle">
      <span className="visually-hidden">{labels.label}</span>
      <select value={theme} onChange={(event) => choose(event.target.value as Theme)} aria-label={labels.label}>
        <option value="system">{labels.system}</option>
        <option value="light">{labels.light}</option>
        <option value="dark">{labels.dark}</option>
      </select>
    </label>
  );
}
