// src/markdown/pipeline.ts
import { pathToFileURL } from "node:url";
import {
  unified
} from "@astrojs/markdown-remark";
import remarkMdx from "remark-mdx";

// src/config/facets.ts
var RUNTIMES = {
  containerd: "containerd",
  docker: "Docker",
  sandboxed: "Sandboxed-Container"
};

// src/lib/commands/tab-label.ts
function tabLabel(value) {
  return Object.hasOwn(RUNTIMES, value) ? RUNTIMES[value] : value;
}

// src/lib/commands/classes-of.ts
function classesOf(node) {
  const p = node.properties;
  const value = p["className"] ?? p["class"];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/) : [];
}
function propOf(node, name, attribute) {
  const value = node.properties[name] ?? node.properties[attribute];
  return value === void 0 || value === null ? void 0 : String(value);
}

// src/plugins/rehype-code-tabs.ts
var tabOf = (node) => node?.type === "element" && node.tagName === "figure" && classesOf(node).includes("code") ? propOf(node, "dataTab", "data-tab") : void 0;
var isBlank = (node) => node.type === "text" && node.value.trim() === "";
function labelVariant(figure, value) {
  const head = figure.children.find(
    (c) => c.type === "element" && c.tagName === "figcaption"
  );
  if (!head) return;
  const at = head.children.findIndex(
    (c) => c.type === "element" && classesOf(c).includes("code-lang")
  );
  head.children.splice(at + 1, 0, {
    type: "element",
    tagName: "span",
    properties: { className: ["code-variant"] },
    children: [{ type: "text", value: tabLabel(value) }]
  });
}
function group(figures, values) {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["code-tabs"], dataTabGroup: values.join(" ") },
    children: [
      {
        type: "element",
        tagName: "div",
        properties: { role: "tablist", ariaLabel: "Varian", hidden: true },
        children: values.map((value) => ({
          type: "element",
          tagName: "button",
          properties: { type: "button", dataTab: value },
          children: [{ type: "text", value: tabLabel(value) }]
        }))
      },
      ...figures
    ]
  };
}
function groupChildren(parent) {
  for (const child of parent.children) if ("children" in child) groupChildren(child);
  const out = [];
  let run = [];
  let values = [];
  let gap = [];
  const flush = () => {
    if (run.length > 1) out.push(group(run, values));
    else out.push(...run);
    out.push(...gap);
    run = [];
    values = [];
    gap = [];
  };
  for (const child of parent.children) {
    const value = tabOf(child);
    if (value === void 0) {
      if (run.length > 0 && isBlank(child)) gap.push(child);
      else {
        flush();
        out.push(child);
      }
      continue;
    }
    labelVariant(child, value);
    if (values.includes(value)) flush();
    gap = [];
    run.push(child);
    values.push(value);
  }
  flush();
  parent.children = out;
}
function rehypeCodeTabs() {
  return (tree) => {
    groupChildren(tree);
  };
}

// src/plugins/rehype-collect-placeholders.ts
function* marks(node) {
  if (node.type === "element" && node.tagName === "span" && classesOf(node).includes("ph"))
    yield node;
  if ("children" in node) for (const child of node.children) yield* marks(child);
}
var textOf = (node) => node.children.map((c) => c.type === "text" ? c.value : "").join("");
function rehypeCollectPlaceholders() {
  return (tree, file) => {
    const found = /* @__PURE__ */ new Map();
    for (const mark of marks(tree)) {
      const name = propOf(mark, "dataPh", "data-ph");
      const label2 = propOf(mark, "dataPhLabel", "data-ph-label");
      if (!name || !label2) continue;
      const example = propOf(mark, "dataPhExample", "data-ph-example");
      const known = found.get(name);
      if (!known) {
        found.set(name, { name, text: textOf(mark), label: label2, ...example ? { example } : {} });
      } else if (known.label !== label2) {
        file.fail(
          `${file.path}: placeholder ${known.text} is labelled "${known.label}" in one code block and "${label2}" in another; a page has one value per placeholder, so give both the same label or use a different placeholder`
        );
      } else if (example && !known.example) {
        known.example = example;
      }
    }
    const astro = file.data.astro ??= {};
    (astro.frontmatter ??= {})["placeholders"] = [...found.values()];
  };
}

// src/plugins/rehype-heading-anchors.ts
import GithubSlugger from "github-slugger";
import { toText } from "hast-util-to-text";
import { visit } from "unist-util-visit";
var ANCHOR = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var PIN = /^\/\*\s*#([^\s*]{1,80})\s*\*\/$/;
function pinnedId(heading, file) {
  const last = heading.children.at(-1);
  if (last?.type !== "mdxTextExpression" || typeof last.value !== "string") return void 0;
  const m = PIN.exec(last.value.trim());
  if (!m) return void 0;
  const id = m[1];
  if (!ANCHOR.test(id)) {
    file.fail(
      `${file.path}: heading id "#${id}" is not allowed; use lowercase letters, digits and single hyphens, e.g. {/* #solusi */}`
    );
  }
  heading.children.pop();
  const text2 = heading.children.at(-1);
  if (text2?.type === "text") text2.value = text2.value.trimEnd();
  return id;
}
function rehypeHeadingAnchors() {
  return (tree, file) => {
    const headings = [];
    visit(tree, "element", (node) => {
      if (!/^h[2-6]$/.test(node.tagName)) return;
      const id = pinnedId(node, file);
      headings.push({ node, id, text: toText(node).trim() });
    });
    const slugger = new GithubSlugger();
    const seen = /* @__PURE__ */ new Map();
    for (const h of headings) {
      if (!h.id) continue;
      if (seen.has(h.id)) {
        file.fail(
          `${file.path}: heading id "#${h.id}" is used by both "${seen.get(h.id)}" and "${h.text}"; ids must be unique on a page`
        );
      }
      seen.set(h.id, h.text);
      slugger.slug(h.id);
    }
    const sections = [];
    for (const h of headings) {
      const id = h.id ?? slugger.slug(h.text);
      h.node.properties.id = id;
      h.node.properties["tabIndex"] = -1;
      h.node.children.push(anchorLink(id));
      sections.push({ id, text: h.text, depth: Number(h.node.tagName[1]) });
    }
    const astro = file.data.astro ??= {};
    (astro.frontmatter ??= {}).sections = sections;
  };
}
function anchorLink(id) {
  return {
    type: "element",
    tagName: "a",
    properties: {
      className: ["heading-anchor"],
      href: `#${id}`,
      ariaLabel: "Tautan ke bagian ini",
      dataPagefindIgnore: ""
    },
    children: []
  };
}

// src/plugins/rehype-mdx-static.ts
import { SKIP, visit as visit2 } from "unist-util-visit";
var MDX_NODE_TYPES = [
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  "mdxjsEsm"
];
var IS_MDX = new Set(MDX_NODE_TYPES);
var COMMENTS_ONLY = /^(?:\s*\/\*[\s\S]*?\*\/)+\s*$/;
function explain(node) {
  switch (node.type) {
    case "mdxjsEsm":
      return "`import` and `export` are not supported; entries are content, not code";
    case "mdxJsxFlowElement":
    case "mdxJsxTextElement":
      return `<${node.name ?? ""}> is not supported; write Markdown instead (a note is \`> [!NOTE]\`, a table is a GFM table). To show the characters, put them in \`backticks\``;
    default:
      return `{${node.value ?? ""}} is not supported; only comments such as {/* #anchor */} may stand in braces. To show a brace, put it in \`backticks\` or write \\{`;
  }
}
function rehypeMdxStatic() {
  return (tree, file) => {
    visit2(tree, (node, index, parent) => {
      if (!IS_MDX.has(node.type)) return;
      const mdx = node;
      const isComment = (mdx.type === "mdxFlowExpression" || mdx.type === "mdxTextExpression") && COMMENTS_ONLY.test(mdx.value ?? "");
      if (!isComment || !parent || index === void 0) {
        const line = mdx.position?.start.line;
        file.fail(`${file.path}${line ? `:${line}` : ""}: ${explain(mdx)}`);
      }
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

// src/plugins/rehype-shiki-cached.ts
import { createShikiHighlighter } from "@astrojs/markdown-remark/shiki";
import { toText as toText2 } from "hast-util-to-text";
import { visitParents } from "unist-util-visit-parents";
var LANGUAGE = /\blanguage-(\S+)\b/;
var NOT_HIGHLIGHTED = /* @__PURE__ */ new Set(["math"]);
var MAX_CACHED = 5e3;
function rehypeShikiCached(config) {
  let highlighter2;
  const cache = /* @__PURE__ */ new Map();
  return () => async (tree) => {
    const blocks = [];
    visitParents(tree, { type: "element", tagName: "code" }, (code, ancestors) => {
      const pre = ancestors.at(-1);
      const parent = ancestors.at(-2);
      if (pre?.type !== "element" || pre.tagName !== "pre" || pre.children.length !== 1) return;
      if (!parent || parent.type !== "root" && parent.type !== "element") return;
      const classes = [code.properties["className"] ?? []].flat().map(String);
      const language = classes.map((c) => LANGUAGE.exec(c)?.[1]).find(Boolean) ?? "plaintext";
      if (!NOT_HIGHLIGHTED.has(language)) blocks.push({ code, pre, parent, language });
    });
    if (blocks.length === 0) return;
    highlighter2 ??= createShikiHighlighter({
      ...config.langs ? { langs: config.langs } : {},
      ...config.theme ? { theme: config.theme } : {},
      ...config.themes ? { themes: config.themes } : {},
      ...config.langAlias ? { langAlias: config.langAlias } : {}
    });
    const shiki = await highlighter2;
    for (const { code, pre, parent, language } of blocks) {
      const meta = code.data?.meta ?? void 0;
      const text2 = toText2(code, { whitespace: "pre" });
      const key = JSON.stringify([language, meta ?? null, text2]);
      let highlighted = cache.get(key);
      if (!highlighted) {
        const root = await shiki.codeToHast(text2, language, {
          ...meta !== void 0 ? { meta } : {},
          ...config.wrap !== void 0 ? { wrap: config.wrap } : {},
          ...config.defaultColor !== void 0 ? { defaultColor: config.defaultColor } : {},
          ...config.transformers ? { transformers: config.transformers } : {}
        });
        highlighted = root.children[0];
        if (cache.size >= MAX_CACHED) cache.clear();
        cache.set(key, highlighted);
      }
      parent.children[parent.children.indexOf(pre)] = copy(highlighted);
    }
  };
}
function copy(node) {
  if (node.type !== "element") return { ...node };
  const properties = {};
  for (const [name, value] of Object.entries(node.properties)) {
    properties[name] = Array.isArray(value) ? [...value] : value;
  }
  return { ...node, properties, children: node.children.map(copy) };
}

// src/plugins/rehype-section-share.ts
import { toText as toText3 } from "hast-util-to-text";

// src/lib/paths.ts
function withBase(base, path) {
  const root = base.endsWith("/") ? base : `${base}/`;
  return root + path.replace(/^\/+/, "");
}

// src/lib/links/site-url.ts
function siteRoot({ site, base }) {
  let origin;
  try {
    origin = new URL(site).origin;
  } catch {
    origin = "null";
  }
  if (!/^https?:\/\//.test(origin)) {
    throw new TypeError(
      `astro.config.mjs: site: found ${JSON.stringify(site)}; set it to the absolute http(s) URL the FAQ is served from, e.g. https://help.example.com`
    );
  }
  return new URL(withBase(base, ""), origin).href;
}
function siteUrl(location, path) {
  const root = typeof location === "string" ? location : siteRoot(location);
  return root + path.replace(/^\//, "");
}
function faqPath(slug, anchor) {
  return `/faq/${slug}/${anchor ? `#${anchor}` : ""}`;
}

// src/lib/links/ticket-text.ts
var oneLine = (text2) => text2.replace(/\s+/g, " ").trim();
function label({ ref, title, section }) {
  return `${ref}: ${oneLine(title)}${section ? ` \u203A ${oneLine(section.title)}` : ""}`;
}
function ticketUrl({ url, section }) {
  return section ? `${url.replace(/#.*$/, "")}#${section.id}` : url;
}
function ticketMarkdown(target) {
  const { ref, title, section } = target;
  const text2 = `${oneLine(title)}${section ? ` \u203A ${oneLine(section.title)}` : ""}`.replace(
    /[\\`*_[\]<]/g,
    "\\$&"
  );
  const url = ticketUrl(target).replace(
    /[\s()<>]/g,
    (c) => c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c)
  );
  return `[${ref}] ${text2} \u2014 ${url}`;
}
function ticketPlain(target) {
  return `${label(target)} \u2014 ${ticketUrl(target)}`;
}
function shareTexts(target) {
  return { link: ticketUrl(target), markdown: ticketMarkdown(target), plain: ticketPlain(target) };
}

// src/plugins/rehype-section-share.ts
function rehypeSectionShare(location) {
  const root = siteRoot(location);
  return () => (tree, file) => {
    const frontmatter = file.data.astro?.frontmatter;
    const ref = frontmatter?.["ref"];
    const title = frontmatter?.["title"];
    const slug = file.path?.replace(/^.*\//, "").replace(/\.mdx?$/, "");
    if (typeof ref !== "string" || typeof title !== "string" || !slug) return;
    const url = siteUrl(root, faqPath(slug));
    const children = tree.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const node = children[i];
      if (node?.type !== "element" || !/^h[23]$/.test(node.tagName)) continue;
      const id = node.properties["id"];
      if (typeof id !== "string") continue;
      const sectionTitle = toText3(node).trim();
      const texts = shareTexts({ ref, title, url, section: { id, title: sectionTitle } });
      children.splice(i + 1, 0, shareButtons(texts, sectionTitle));
    }
  };
}
function button(text2, copy2, copied, label2) {
  return {
    type: "element",
    tagName: "button",
    properties: {
      type: "button",
      className: ["button"],
      dataCopy: copy2,
      dataCopied: copied,
      ariaLabel: label2,
      disabled: true
    },
    children: [{ type: "text", value: text2 }]
  };
}
function shareButtons(texts, section) {
  return {
    type: "element",
    tagName: "faq-share",
    properties: { className: ["faq-share", "faq-share--section"], dataPagefindIgnore: "" },
    children: [
      button(
        "Salin tautan",
        texts.link,
        "Tautan ke bagian disalin",
        `Salin tautan, bagian ${section}`
      ),
      button(
        "Salin untuk tiket",
        texts.markdown,
        "Referensi tiket disalin",
        `Salin untuk tiket, bagian ${section}`
      )
    ]
  };
}

// src/plugins/remark-callouts.ts
import { visit as visit3 } from "unist-util-visit";
var CALLOUT_TITLES = {
  NOTE: "Catatan",
  TIP: "Tips",
  IMPORTANT: "Penting",
  WARNING: "Peringatan",
  CAUTION: "Perhatian"
};
var MARKER = /^\[!([A-Z]+)\][ \t]*(?:\n|$)/;
function remarkCallouts() {
  return (tree, file) => {
    visit3(tree, "blockquote", (node) => {
      const first = node.children[0];
      if (first?.type !== "paragraph") return;
      const lead = first.children[0];
      if (lead?.type !== "text") return;
      const m = MARKER.exec(lead.value);
      if (!m) return;
      const kind = m[1];
      const title = CALLOUT_TITLES[kind];
      if (!title) {
        file.fail(
          `${file.path}: unknown callout [!${m[1]}]; allowed: ${Object.keys(CALLOUT_TITLES).map((k) => `[!${k}]`).join(", ")}`
        );
      }
      lead.value = lead.value.slice(m[0].length);
      if (lead.value === "") first.children.shift();
      if (first.children.length === 0) node.children.shift();
      const heading = {
        type: "paragraph",
        data: { hProperties: { className: ["callout-title"] } },
        children: [{ type: "text", value: title }]
      };
      node.children.unshift(heading);
      node.data = {
        hName: "div",
        hProperties: { className: ["callout", `callout-${kind.toLowerCase()}`], role: "note" }
      };
    });
  };
}

// src/plugins/remark-faq-links.ts
import { visit as visit4 } from "unist-util-visit";
var FAQ_LINK = /^faq:([a-z0-9-]+)(#[a-z0-9-]+)?$/;
function remarkFaqLinks({ base, slugs }) {
  const root = base.endsWith("/") ? base : `${base}/`;
  return () => (tree, file) => {
    visit4(tree, "link", (node) => {
      if (!node.url.startsWith("faq:")) return;
      const m = FAQ_LINK.exec(node.url);
      if (!m) {
        file.fail(
          `${file.path}: link "${node.url}" is malformed; write faq:slug or faq:slug#anchor`
        );
      }
      const [, slug, hash = ""] = m;
      if (!slugs.has(slug)) {
        file.fail(
          `${file.path}: link "${node.url}" points to no entry; "${slug}" must be the file name of an entry in content/faq`
        );
      }
      node.url = `${root}faq/${slug}/${hash}`;
    });
  };
}

// src/plugins/shiki-class-tokens.ts
var PREFIX = {
  "--shiki-light": "l",
  "--shiki-dark": "d",
  "--shiki-light-bg": "lb",
  "--shiki-dark-bg": "db",
  "--shiki-light-font-style": "lfs",
  "--shiki-dark-font-style": "dfs",
  "--shiki-light-font-weight": "lfw",
  "--shiki-dark-font-weight": "dfw",
  "--shiki-light-text-decoration": "ltd",
  "--shiki-dark-text-decoration": "dtd"
};
var DROPPED = /* @__PURE__ */ new Set(["overflow-x", "white-space", "word-wrap", "overflow-wrap"]);
var valueClass = (value) => value.trim().toLowerCase().replace(/^#/, "").replace(/[^a-z0-9]+/g, "-");
function declarationClass(property, value) {
  const prop = property.trim();
  if (DROPPED.has(prop)) return null;
  const prefix = PREFIX[prop];
  if (!prefix) {
    throw new Error(`Shiki emitted the style "${prop}: ${value}", which has no class; add it to src/plugins/shiki-class-tokens.ts`);
  }
  return `${prefix}-${valueClass(value)}`;
}
function styleToClasses(style) {
  const classes = [];
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const cls = declarationClass(declaration.slice(0, colon), declaration.slice(colon + 1));
    if (cls) classes.push(cls);
  }
  return classes;
}
function moveStyleToClasses(node) {
  const style = node.properties["style"];
  if (typeof style !== "string") return;
  delete node.properties["style"];
  const existing = node.properties["class"] ?? node.properties["className"];
  const list = Array.isArray(existing) ? existing.map(String) : typeof existing === "string" ? existing.split(" ") : [];
  delete node.properties["className"];
  node.properties["class"] = [...list, ...styleToClasses(style)].join(" ");
}
function shikiClassTokens() {
  return {
    name: "ack-faq:class-tokens",
    pre(node) {
      moveStyleToClasses(node);
    },
    span(node) {
      moveStyleToClasses(node);
    }
  };
}

// src/plugins/shiki-commands.ts
import { splitTokens } from "shiki";

// src/config/placeholders.json
var placeholders_default = {
  NODE_NAME: "Nama node",
  Component_Name: "Nama komponen yang tidak normal",
  Region_ID: "ID wilayah kluster"
};

// src/lib/commands/dialect-of.ts
var P = "posix";
var PS = "powershell";
var DIALECTS = {
  bash: P,
  sh: P,
  shell: P,
  shellscript: P,
  zsh: P,
  console: P,
  shellsession: P,
  "sh-session": P,
  terminal: P,
  powershell: PS,
  ps: PS,
  ps1: PS,
  pwsh: PS,
  bat: "cmd",
  batch: "cmd",
  cmd: "cmd"
};
function dialectOf(lang) {
  const id = (lang ?? "").trim().toLowerCase();
  return Object.hasOwn(DIALECTS, id) ? DIALECTS[id] : null;
}

// src/lib/commands/code-language.ts
var SHELL_LABELS = {
  bash: "Bash",
  zsh: "Zsh",
  powershell: "PowerShell",
  cmd: "CMD"
};
var SESSIONS = /* @__PURE__ */ new Set(["console", "shellsession", "sh-session", "terminal"]);
var OUTPUTS = /* @__PURE__ */ new Set(["text", "txt", "plaintext", "plain", "output", "log", "ansi"]);
var LABELS = {
  yaml: "YAML",
  yml: "YAML",
  json: "JSON",
  jsonc: "JSON",
  xml: "XML",
  ini: "INI",
  toml: "TOML",
  dockerfile: "Dockerfile",
  diff: "Diff",
  go: "Go",
  python: "Python",
  py: "Python",
  js: "JavaScript",
  javascript: "JavaScript",
  ts: "TypeScript",
  typescript: "TypeScript"
};
function codeLanguage(lang) {
  const id = (lang ?? "").trim().toLowerCase() || "text";
  const dialect = dialectOf(id);
  if (dialect) {
    const session = SESSIONS.has(id);
    const label2 = session ? "Terminal" : SHELL_LABELS[id] ?? SHELL_LABELS[dialect] ?? "Shell";
    return { dialect, output: false, session, label: label2 };
  }
  if (OUTPUTS.has(id)) return { dialect: null, output: true, session: false, label: "Teks" };
  return {
    dialect: null,
    output: false,
    session: false,
    label: LABELS[id] ?? id[0].toUpperCase() + id.slice(1)
  };
}

// src/lib/commands/copy-text.ts
var PS_PROMPT = /^PS(?: [^>\r\n]*)?> ?/;
var HEREDOC = /(?<!<)<<(?!<)(-?)[ \t]*(['"]?)([A-Za-z_]\w{0,40})\2/;
function promptLength(line, dialect, hashIsPrompt) {
  if (dialect === "powershell") return PS_PROMPT.exec(line)?.[0].length ?? -1;
  if (dialect !== "posix") return -1;
  const c = line[0];
  if (c === "$" || c === "#" && hashIsPrompt) {
    if (line.length === 1) return 1;
    if (line[1] === " ") return 2;
  }
  return -1;
}
function trailing(line, ch) {
  let n = 0;
  while (n < line.length && line[line.length - 1 - n] === ch) n++;
  return n;
}
function continues(line, dialect) {
  const end = line.trimEnd();
  switch (dialect) {
    case "posix":
      return trailing(line, "\\") % 2 === 1 || end.endsWith("|") || end.endsWith("&&");
    case "powershell":
      return trailing(line, "`") % 2 === 1 || end.endsWith("|");
    case "cmd":
      return trailing(line, "^") % 2 === 1;
  }
}
function literalEnd(line, dialect) {
  if (dialect === "posix") {
    const m = HEREDOC.exec(line);
    if (!m) return null;
    const [, dash, , word] = m;
    return (l) => (dash ? l.replace(/^\t+/, "") : l) === word;
  }
  if (dialect === "powershell") {
    const open = line.trimEnd().slice(-2);
    if (open === '@"' || open === "@'") return (l) => l.startsWith(`${open[1]}@`);
  }
  return null;
}
function readLines(lines, lang) {
  const language = codeLanguage(lang);
  const { dialect } = language;
  if (language.output) return null;
  if (!dialect) return lines.map(() => 0);
  const hashIsPrompt = language.session || lines.some((l) => promptLength(l, dialect, false) >= 0);
  const prompts = lines.map((l) => promptLength(l, dialect, hashIsPrompt));
  if (!prompts.some((p) => p >= 0)) return language.session ? null : lines.map(() => 0);
  const keep = lines.map(() => -1);
  for (let i = 0; i < lines.length; i++) {
    if (prompts[i] < 0) continue;
    keep[i] = prompts[i];
    let line = lines[i].slice(prompts[i]);
    for (; ; ) {
      const end = literalEnd(line, dialect);
      if (end) {
        while (i + 1 < lines.length) {
          line = lines[++i];
          keep[i] = 0;
          if (end(line)) break;
        }
      }
      if (i + 1 >= lines.length || !continues(line, dialect)) break;
      line = lines[++i];
      keep[i] = 0;
    }
  }
  return keep;
}
var splitLines = (code) => code.split(/\r\n?|\n/);
function copyText(code, lang) {
  const lines = splitLines(code);
  const keep = readLines(lines, lang);
  if (!keep) return null;
  return lines.flatMap((line, i) => keep[i] < 0 ? [] : [line.slice(keep[i])]).join("\n");
}
function outputLines(code, lang) {
  const keep = readLines(splitLines(code), lang) ?? [];
  return keep.flatMap((k, i) => k < 0 ? [i + 1] : []);
}

// src/lib/commands/parse-fence-meta.ts
var FenceMetaError = class extends Error {
  name = "FenceMetaError";
};
var MAX_META_LENGTH = 2e3;
var KEY = /[A-Za-z_][\w-]{0,39}/y;
var CONTROL = /[\u0000-\u001f\u007f]/;
function parseFenceMeta(raw) {
  const attrs = /* @__PURE__ */ new Map();
  const meta = raw ?? "";
  if (meta.length > MAX_META_LENGTH) {
    throw new FenceMetaError(`the code fence meta is longer than ${MAX_META_LENGTH} characters`);
  }
  let i = 0;
  const isSpace = (c) => c === " " || c === "	";
  while (i < meta.length) {
    while (isSpace(meta[i])) i++;
    if (i >= meta.length) break;
    KEY.lastIndex = i;
    const key = KEY.exec(meta)?.[0];
    if (!key || meta[i + key.length] !== "=") {
      while (i < meta.length && !isSpace(meta[i])) i++;
      continue;
    }
    i += key.length + 1;
    const quote = meta[i];
    let value = "";
    if (quote === '"' || quote === "'") {
      i++;
      for (; ; ) {
        if (i >= meta.length) {
          throw new FenceMetaError(
            `${key}=${quote}\u2026 has no closing ${quote}; write ${key}=${quote}value${quote} and escape a ${quote} inside as \\${quote}`
          );
        }
        const c = meta[i++];
        if (c === quote) break;
        if (c === "\\" && (meta[i] === quote || meta[i] === "\\")) value += meta[i++];
        else value += c;
      }
    } else {
      while (i < meta.length && !isSpace(meta[i])) value += meta[i++];
    }
    if (attrs.has(key))
      throw new FenceMetaError(`${key}= is given twice in the code fence meta; keep one`);
    attrs.set(key, value);
  }
  return attrs;
}
var MAX_DECLARATIONS = 30;
var MAX_LABEL = 120;
function parsePlaceholderDeclarations(value) {
  const entries = [];
  let fields = [];
  let field = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\" && ";|\\".includes(value[i + 1] ?? "=")) {
      field += value[++i];
    } else if (c === ";") {
      entries.push([...fields, field]);
      fields = [];
      field = "";
    } else if (c === "=" && fields.length === 0 || c === "|" && fields.length === 1) {
      fields.push(field);
      field = "";
    } else {
      field += c;
    }
  }
  entries.push([...fields, field]);
  const syntax = 'write placeholders="XX.XX.XX.XX=IP lokal node master; [$NODE_NAME]=Nama node|cn-hangzhou.192.168.0.1"';
  const declarations = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    const [rawKey = "", rawLabel, rawExample] = entry.map((f) => f.trim());
    if (entry.length === 1 && rawKey === "") continue;
    const shown = rawKey + (rawLabel === void 0 ? "" : `=${rawLabel}`) + (rawExample === void 0 ? "" : `|${rawExample}`);
    const where = `placeholders entry "${shown.slice(0, 80)}"`;
    if (rawLabel === void 0 || rawLabel === "") {
      throw new FenceMetaError(`${where} has no label; ${syntax}`);
    }
    if (rawKey.length < 2 || /[\s=;|"'`]/.test(rawKey) || CONTROL.test(rawKey)) {
      throw new FenceMetaError(
        `${where}: "${rawKey}" cannot be a placeholder; use the text exactly as it appears in the code (at least 2 characters, no spaces or = ; | quotes); ${syntax}`
      );
    }
    for (const [what, text2] of [
      ["label", rawLabel],
      ["example", rawExample]
    ]) {
      if (text2 !== void 0 && (text2.length > MAX_LABEL || CONTROL.test(text2))) {
        throw new FenceMetaError(
          `${where}: the ${what} must be one line of at most ${MAX_LABEL} characters`
        );
      }
    }
    if (seen.has(rawKey))
      throw new FenceMetaError(`${where}: ${rawKey} is declared twice; keep one`);
    seen.add(rawKey);
    declarations.push({
      key: rawKey,
      label: rawLabel,
      ...rawExample ? { example: rawExample } : {}
    });
    if (declarations.length > MAX_DECLARATIONS) {
      throw new FenceMetaError(`placeholders declares more than ${MAX_DECLARATIONS} placeholders`);
    }
  }
  return declarations;
}

// src/lib/commands/scan-placeholders.ts
var BRACKET_PLACEHOLDER = /\[\$([A-Z][A-Za-z0-9_]{0,63})\]/;
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
var WORD = /\w/;
function literalPattern(literal) {
  const head = WORD.test(literal[0] ?? "") ? "(?<!\\w)" : "";
  const tail = WORD.test(literal.at(-1) ?? "") ? "(?!\\w)" : "";
  return head + escapeRegExp(literal) + tail;
}
function scanPlaceholders(text2, literals = []) {
  const alternatives = [...new Set(literals)].filter((l) => l !== "").sort((a, b) => b.length - a.length).map(literalPattern);
  const pattern = new RegExp([BRACKET_PLACEHOLDER.source, ...alternatives].join("|"), "g");
  const found = [];
  for (const m of text2.matchAll(pattern)) {
    found.push({ name: m[1] ?? m[0], text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

// src/lib/commands/resolve-placeholders.ts
var PlaceholderError = class extends Error {
  name = "PlaceholderError";
};
var WHOLE_BRACKET = new RegExp(`^${BRACKET_PLACEHOLDER.source}$`);
function resolvePlaceholders(code, declarations, defaults, lang = "bash") {
  const declared = new Map(declarations.map((d) => [d.key, d]));
  const literals = declarations.map((d) => d.key).filter((k) => !WHOLE_BRACKET.test(k));
  const unlabelled = /* @__PURE__ */ new Set();
  const used = /* @__PURE__ */ new Set();
  const resolved = [];
  for (const match of scanPlaceholders(code, literals)) {
    used.add(match.text);
    const declaration = declared.get(match.text);
    const label2 = declaration?.label ?? (Object.hasOwn(defaults, match.name) ? defaults[match.name] : void 0);
    if (!label2) {
      unlabelled.add(match.text);
      continue;
    }
    resolved.push({
      ...match,
      label: label2,
      ...declaration?.example ? { example: declaration.example } : {}
    });
  }
  const problems = [];
  for (const text2 of unlabelled) {
    const name = WHOLE_BRACKET.exec(text2)?.[1] ?? text2;
    problems.push(
      `Placeholder ${text2} has no label. Say what the reader should type there in the code fence meta:
    \`\`\`${lang} placeholders="${text2}=Penjelasan singkat"
  (separate several with ";", add a sample value after "|": "${text2}=Penjelasan|contoh"),
  or, for a placeholder used on many pages, add "${name}": "Penjelasan singkat" to src/config/placeholders.json.`
    );
  }
  for (const { key } of declarations) {
    if (used.has(key)) continue;
    const hint = !WHOLE_BRACKET.test(key) && used.has(`[$${key}]`) ? ` Did you mean [$${key}]?` : "";
    problems.push(
      `placeholders="\u2026" declares ${key}, but the code does not contain it; write the key exactly as it appears in the code.${hint}`
    );
  }
  if (problems.length > 0) throw new PlaceholderError(problems.join("\n"));
  return resolved;
}

// src/plugins/shiki-commands.ts
var TAB_VALUE = /^[A-Za-z0-9][\w.-]{0,39}$/;
var el = (tagName, properties, children = []) => ({
  type: "element",
  tagName,
  properties,
  children
});
var text = (value) => ({ type: "text", value });
function analyse(source, lang, meta, labels) {
  const attrs = parseFenceMeta(meta);
  const tab = attrs.get("tab");
  if (tab !== void 0 && !TAB_VALUE.test(tab)) {
    throw new Error(
      `tab="${tab.slice(0, 40)}" must be one word such as tab="containerd" or tab="docker"`
    );
  }
  const declarations = parsePlaceholderDeclarations(attrs.get("placeholders") ?? "");
  const placeholders = resolvePlaceholders(source, declarations, labels, lang);
  const copy2 = copyText(source, lang);
  const block = {
    lang,
    label: copy2 === null ? "Keluaran" : codeLanguage(lang).label,
    copy: copy2,
    output: new Set(copy2 === null ? [] : outputLines(source, lang)),
    source: source.split(/\r\n?|\n/).join("\n"),
    title: attrs.get("title") || void 0,
    tab
  };
  return { block, placeholders };
}
function markTokens(lines, placeholders) {
  const split = splitTokens(
    lines,
    placeholders.flatMap((p) => [p.start, p.end])
  );
  let next = 0;
  return split.map((line) => {
    const out = [];
    for (const token of line) {
      while (next < placeholders.length && placeholders[next].end <= token.offset) next++;
      const p = placeholders[next];
      if (!p || token.offset < p.start) {
        out.push(token);
      } else if (token.offset === p.start) {
        out.push({
          content: p.text,
          offset: p.start,
          // No colour of its own: a mark reads the same whatever the grammar made of it.
          htmlStyle: {},
          htmlAttrs: {
            "data-ph": p.name,
            "data-ph-label": p.label,
            ...p.example ? { "data-ph-example": p.example } : {}
          }
        });
      }
    }
    return out;
  });
}
function shikiCommands(options = {}) {
  const labels = options.labels ?? placeholders_default;
  const blocks = /* @__PURE__ */ new WeakMap();
  const blockOf = (meta) => blocks.get(meta);
  return {
    name: "ack-faq:commands",
    tokens(lines) {
      const lang = (this.options.lang || "text").toLowerCase();
      let result;
      try {
        result = analyse(this.source, lang, this.options.meta?.__raw, labels);
      } catch (error) {
        const first = this.source.trimStart().split("\n", 1)[0].slice(0, 60);
        throw new Error(
          `In the \`\`\`${lang} code block starting "${first}":
${error.message}`,
          { cause: error }
        );
      }
      blocks.set(this.meta, result.block);
      return result.placeholders.length ? markTokens(lines, result.placeholders) : void 0;
    },
    span(node) {
      const p = node.properties;
      if (p["data-ph"] === void 0) return;
      node.properties = {
        className: ["ph"],
        dataPh: p["data-ph"],
        dataPhLabel: p["data-ph-label"],
        ...p["data-ph-example"] === void 0 ? {} : { dataPhExample: p["data-ph-example"] }
      };
    },
    line(node, line) {
      if (blockOf(this.meta)?.output.has(line)) this.addClassToHast(node, "out");
    },
    pre(node) {
      const block = blockOf(this.meta);
      if (block?.copy != null && block.copy !== block.source) {
        node.properties["dataCopy"] = block.copy;
      }
    },
    root(root) {
      const block = blockOf(this.meta);
      const pre = root.children[0];
      if (!block || pre?.type !== "element" || pre.tagName !== "pre") return;
      const head = el("figcaption", { className: ["code-head"], dataPagefindIgnore: "" }, [
        el("span", { className: ["code-lang"] }, [text(block.label)])
      ]);
      if (block.title) {
        head.children.push(el("span", { className: ["code-title"] }, [text(block.title)]));
      }
      if (block.copy !== null) {
        head.children.push(
          el("button", { type: "button", className: ["code-copy"], disabled: true }, [
            text("Salin")
          ])
        );
      }
      const figure = el(
        "figure",
        {
          className: ["code"],
          dataLang: block.lang,
          dataKind: block.copy === null ? "output" : "command",
          ...block.tab ? { dataTab: block.tab } : {}
        },
        [head, pre]
      );
      root.children.splice(0, 1, figure);
    }
  };
}

// src/markdown/pipeline.ts
function siteMarkdown(options) {
  return {
    processor: unified({ ...TEXT, ...plugins(options) }),
    shikiConfig: SHIKI
  };
}
var TEXT = { gfm: true, smartypants: false };
var SHIKI = {
  themes: { light: "github-light", dark: "github-dark" },
  defaultColor: false,
  langAlias: { output: "plaintext" },
  // Classes instead of inline styles, so the site runs under style-src 'self'.
  transformers: [shikiCommands(), shikiClassTokens()]
};
function plugins({ site, base, slugs }) {
  return {
    remarkPlugins: [remarkCallouts, remarkFaqLinks({ base, slugs: new Set(slugs) })],
    rehypePlugins: [
      rehypeHeadingAnchors,
      rehypeSectionShare({ site, base }),
      rehypeCodeTabs,
      rehypeCollectPlaceholders
    ]
  };
}
function highlighter(setting) {
  if (!setting || typeof setting === "string") return setting;
  return setting.excludeLangs ? { type: setting.type, excludeLangs: setting.excludeLangs } : { type: setting.type };
}
function highlightsWithShiki(setting) {
  if (typeof setting === "string") return setting === "shiki";
  return setting.type === "shiki" && (setting.excludeLangs ?? []).every((l) => l === "math");
}
async function createEntryRenderer(options, syntaxHighlight) {
  const { remarkPlugins, rehypePlugins } = plugins(options);
  const shiki = highlighter(syntaxHighlight);
  const highlight = shiki && highlightsWithShiki(shiki) ? [rehypeShikiCached(SHIKI)] : [];
  const renderer = await unified({
    ...TEXT,
    remarkPlugins: process.env.NOMDX ? remarkPlugins : [remarkMdx, ...remarkPlugins],
    rehypePlugins: [...highlight, ...rehypePlugins, rehypeMdxStatic],
    remarkRehype: { passThrough: MDX_NODE_TYPES }
  }).createRenderer({ syntaxHighlight: highlight.length ? false : shiki, shikiConfig: SHIKI });
  return async (file, content, frontmatter) => {
    const { code, metadata } = await renderer.render(content, {
      frontmatter,
      fileURL: pathToFileURL(file)
    });
    return {
      html: code,
      metadata: { headings: metadata.headings, frontmatter: metadata.frontmatter }
    };
  };
}
export {
  createEntryRenderer,
  siteMarkdown
};
