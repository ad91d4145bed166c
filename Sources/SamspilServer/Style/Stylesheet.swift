/// The one style sheet of the site, with its design tokens first. Served under a path that carries a
/// hash of its content, with a long cache lifetime: a changed style sheet gets a new path by itself.
///
/// The look follows the conventions users know from Danish public-sector services (DKFDS, borger.dk):
/// a dark header, one calm blue for links and actions, generous spacing, a plain type scale, a yellow
/// focus ring that is visible on every background. All colour pairs meet WCAG 2.1 AA (4.5:1 for text).
enum Stylesheet {
    /// FNV-1a of the CSS: stable across processes and instances, unlike `hashValue`.
    static let version: String = {
        let hash = css.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        return String(hash, radix: 16)
    }()

    static let css = """
    :root {
      /* Colours */
      --color-text: #1a1a1a;
      --color-text-muted: #545454;        /* 7.4:1 on white */
      --color-background: #ffffff;
      --color-surface: #f5f5f5;
      --color-border: #cccccc;
      --color-primary: #0059b3;           /* links and actions, 6.9:1 on white */
      --color-primary-dark: #003d7a;
      --color-header: #1a1a1a;
      --color-header-text: #ffffff;
      --color-focus: #ffbf47;
      --color-draft: #8a4b00;             /* 6.3:1 on its background */
      --color-draft-background: #fff4e0;
      --color-approved: #006b3c;          /* 6.4:1 on its background */
      --color-approved-background: #e6f4ec;
      --color-info-background: #e6eff8;
      --color-error: #b0101e;             /* 7.1:1 on its background */
      --color-error-background: #fbe9eb;
      --color-warning-border: #c77c00;

      /* Spacing */
      --space-1: 0.25rem;
      --space-2: 0.5rem;
      --space-3: 1rem;
      --space-4: 1.5rem;
      --space-5: 2rem;
      --space-6: 3rem;

      /* Type */
      --font-family: "IBM Plex Sans", system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
      --font-size-small: 0.875rem;
      --font-size-base: 1rem;
      --font-size-lead: 1.125rem;
      --font-size-h3: 1.25rem;
      --font-size-h2: 1.5rem;
      --font-size-h1: 2rem;
      --line-height: 1.6;
      --measure: 46rem;                   /* a comfortable line length for running text */
      --page-width: 72rem;
      --radius: 4px;
    }

    *, *::before, *::after { box-sizing: border-box; }
    html { font-size: 100%; -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; font-family: var(--font-family); font-size: var(--font-size-base);
      line-height: var(--line-height); color: var(--color-text); background: var(--color-background);
    }
    h1, h2, h3, h4 { line-height: 1.25; margin: var(--space-5) 0 var(--space-3); font-weight: 600; }
    h1 { font-size: var(--font-size-h1); margin-top: var(--space-4); }
    h2 { font-size: var(--font-size-h2); }
    h3 { font-size: var(--font-size-h3); }
    h4 { font-size: var(--font-size-base); margin: var(--space-4) 0 var(--space-2); }
    p, ul, ol, dl { margin: 0 0 var(--space-3); }
    a { color: var(--color-primary); text-underline-offset: 0.15em; }
    a:hover { color: var(--color-primary-dark); text-decoration-thickness: 2px; }
    :focus-visible { outline: 3px solid var(--color-focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--color-text); }

    .skip-link { position: absolute; left: -999rem; }
    .skip-link:focus { left: var(--space-3); top: var(--space-3); z-index: 10; padding: var(--space-2) var(--space-3);
      background: var(--color-focus); color: var(--color-text); }

    .site-header { background: var(--color-header); color: var(--color-header-text); }
    .site-header__inner, .site-main, .site-footer__inner { max-width: var(--page-width); margin: 0 auto; padding: 0 var(--space-3); }
    .site-header__inner { display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--space-2) var(--space-4); padding-block: var(--space-3); }
    .site-header a { color: var(--color-header-text); text-decoration: none; }
    .site-header a:hover { text-decoration: underline; }
    .site-header__name { font-size: var(--font-size-h3); font-weight: 700; }
    .site-header__tagline { font-size: var(--font-size-small); opacity: 0.9; }

    .site-header__account { margin-left: auto; display: flex; flex-wrap: wrap; align-items: baseline; gap: var(--space-3); }
    .site-header__account form { margin: 0; }
    .site-header .link-button { color: var(--color-header-text); }
    .link-button { background: none; border: 0; padding: 0; font: inherit; color: var(--color-primary);
      text-decoration: underline; cursor: pointer; }

    .form { max-width: 32rem; }
    .form-field { margin-bottom: var(--space-3); }
    .form-field label { display: block; font-weight: 600; margin-bottom: var(--space-1); }
    .form-field .hint { display: block; color: var(--color-text-muted); font-size: var(--font-size-small); }
    input[type=email], input[type=search], input[type=password], input[type=text], input[type=date], input[type=time], input[type=number],
    input[type=file], select, textarea {
      font: inherit; width: 100%; max-width: 32rem; padding: var(--space-2); border: 2px solid var(--color-text);
      border-radius: 0; background: var(--color-background); }
    textarea { max-width: var(--measure); resize: vertical; }
    .form--wide { max-width: var(--measure); }
    .form-field--error { border-left: 4px solid var(--color-error); padding-left: var(--space-3); }
    .form-field--error input, .form-field--error textarea, .form-field--error select { border-color: var(--color-error); }
    .field-error { color: var(--color-error); font-weight: 600; margin: 0 0 var(--space-1); }
    .inline-form { display: inline; margin-left: var(--space-2); }
    .form-field--checkbox label { display: inline; font-weight: normal; }
    .row-actions { white-space: nowrap; }
    .row-actions > a { margin-left: var(--space-2); }
    a.button { display: inline-block; text-decoration: none; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .panel { background: var(--color-surface); padding: var(--space-3) var(--space-4); border-radius: var(--radius);
      margin-bottom: var(--space-4); max-width: var(--measure); }
    .panel h2 { margin-top: 0; }
    .steps { display: flex; flex-wrap: wrap; gap: var(--space-2); list-style: none; padding: 0; }
    .steps li { padding: var(--space-1) var(--space-2); border: 1px solid var(--color-border); border-radius: var(--radius);
      font-size: var(--font-size-small); background: var(--color-background); }
    .steps .steps__done { color: var(--color-approved); }
    .steps .steps__current { border: 2px solid var(--color-primary); font-weight: 600; }
    .agenda-table__break td { color: var(--color-text-muted); font-style: italic; }
    .conflict { border-left: 4px solid var(--color-warning-border); background: var(--color-draft-background);
      padding: var(--space-2) var(--space-3); margin-bottom: var(--space-2); max-width: var(--measure); }
    .conflict blockquote { white-space: pre-wrap; margin: 0 0 var(--space-2); }
    .audit del { color: var(--color-error); }
    .audit ins { color: var(--color-approved); text-decoration: none; }
    .action--done, .action--dropped { color: var(--color-text-muted); }
    /* A body's work pages: attendance, follow-up, standard items */
    .attendance-person { display: grid; grid-template-columns: minmax(14rem, 1.2fr) auto minmax(12rem, 1fr);
      gap: var(--space-1) var(--space-4); align-items: center; border: 0; border-bottom: 1px solid var(--color-border);
      margin: 0; padding: var(--space-2) 0; }
    .attendance-person legend { float: left; padding: 0; }
    .attendance-person .field-error { grid-column: 1 / -1; }
    .attendance-person.form-field--error { padding-left: var(--space-3); }
    .choices { display: flex; flex-wrap: wrap; gap: var(--space-1) var(--space-3); }
    .choice { display: inline-flex; align-items: center; gap: var(--space-1); }
    .choice input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--color-primary); }
    .note-field { display: flex; align-items: center; gap: var(--space-2); }
    .note-field input { padding: var(--space-1) var(--space-2); }
    .put-back { display: inline-flex; flex-wrap: wrap; align-items: flex-end; gap: var(--space-2); }
    .put-back .form-field { margin: 0; }
    .standard-item { border: 1px solid var(--color-border); border-radius: var(--radius); margin: 0 0 var(--space-4);
      padding: var(--space-2) var(--space-4) 0; max-width: var(--measure); }
    .standard-item legend { font-weight: 600; padding: 0 var(--space-1); }
    .standard-item .columns { grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0 var(--space-4); }
    .button { font: inherit; font-weight: 600; padding: var(--space-2) var(--space-4); border: 2px solid var(--color-primary);
      border-radius: var(--radius); background: var(--color-primary); color: #fff; cursor: pointer; }
    .button:hover { background: var(--color-primary-dark); border-color: var(--color-primary-dark); }
    .button--secondary { background: var(--color-background); color: var(--color-primary); }
    .button--secondary:hover { background: var(--color-info-background); color: var(--color-primary-dark); }
    .document-links a + a { margin-left: var(--space-3); }
    .actions { display: flex; flex-wrap: wrap; gap: var(--space-3); margin-top: var(--space-4); }
    .alert { border-left: 6px solid var(--color-primary); background: var(--color-info-background);
      padding: var(--space-2) var(--space-3); margin-bottom: var(--space-4); max-width: var(--measure); }
    .alert p:last-child, .alert ul:last-child { margin-bottom: 0; }
    .alert--error { border-color: var(--color-error); background: var(--color-error-background); color: var(--color-error); }
    .alert--warning { border-color: var(--color-warning-border); background: var(--color-draft-background); color: var(--color-text); }
    .alert--success { border-color: var(--color-approved); background: var(--color-approved-background); color: var(--color-text); }
    .preview { border: 1px solid var(--color-border); border-radius: var(--radius); padding: var(--space-3) var(--space-4);
      margin-bottom: var(--space-4); }
    .preview h2 { margin-top: 0; }

    .breadcrumbs { font-size: var(--font-size-small); margin-top: var(--space-3); }
    .breadcrumbs ol { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; }
    .breadcrumbs li + li::before { content: "›"; padding: 0 var(--space-2); color: var(--color-text-muted); }

    .site-main { padding-bottom: var(--space-6); }
    .lead { font-size: var(--font-size-lead); max-width: var(--measure); }
    .muted { color: var(--color-text-muted); }
    .prose { max-width: var(--measure); }

    .tag { display: inline-block; font-size: var(--font-size-small); font-weight: 600; padding: 0 var(--space-2);
      border-radius: var(--radius); background: var(--color-info-background); color: var(--color-primary-dark); }
    .tag--draft { background: var(--color-draft-background); color: var(--color-draft); }
    .tag--approved { background: var(--color-approved-background); color: var(--color-approved); }
    /* An attachment the public archive offers: as approved minutes, what the public reads. */
    .tag--public { background: var(--color-approved-background); color: var(--color-approved); }

    .facts { display: grid; grid-template-columns: max-content 1fr; gap: var(--space-1) var(--space-4);
      background: var(--color-surface); padding: var(--space-3) var(--space-4); border-radius: var(--radius); max-width: var(--measure); }
    .facts dt { font-weight: 600; }
    .facts dd { margin: 0; }

    .columns { display: grid; gap: var(--space-4); grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
    .plain-list { list-style: none; padding: 0; }
    .plain-list li { padding: var(--space-2) 0; border-bottom: 1px solid var(--color-border); }
    .plain-list li:last-child { border-bottom: 0; }
    .tree li { border: 0; padding: var(--space-1) 0; }
    .tree .depth-1 { padding-left: var(--space-4); }
    .tree .depth-2 { padding-left: calc(2 * var(--space-4)); }
    .tree .depth-3 { padding-left: calc(3 * var(--space-4)); }

    .columns > * > h3:first-child { margin-top: 0; }
    .organisation { margin-bottom: var(--space-3); }
    .organisation h4 { margin-top: var(--space-3); }
    .organisation ul { padding-left: var(--space-4); margin-bottom: var(--space-2); }

    table { border-collapse: collapse; width: 100%; margin-bottom: var(--space-4); }
    caption { text-align: left; font-weight: 600; padding-bottom: var(--space-2); }
    th, td { text-align: left; vertical-align: top; padding: var(--space-2) var(--space-3) var(--space-2) 0; border-bottom: 1px solid var(--color-border); }
    th { font-weight: 600; }
    td.time, .preview td:nth-child(3) { white-space: nowrap; }

    .toc ol { padding-left: var(--space-4); }
    .item { border-top: 2px solid var(--color-text); padding-top: var(--space-2); margin-top: var(--space-5); }
    .item h3 { margin-top: var(--space-2); }
    .item__meta { color: var(--color-text-muted); margin-top: calc(-1 * var(--space-2)); }
    .item section { max-width: var(--measure); }
    .item .decision { background: var(--color-surface); border-left: 4px solid var(--color-primary); padding: var(--space-2) var(--space-3); }
    .item .decision h4 { margin-top: var(--space-2); }

    .site-footer { border-top: 1px solid var(--color-border); background: var(--color-surface); font-size: var(--font-size-small); }
    .site-footer__inner { padding-block: var(--space-4); }

    /* Search and topic history */
    .search-form { margin: 0 0 var(--space-4); }
    .search-form__box { display: flex; flex-wrap: wrap; align-items: flex-end; gap: var(--space-2) var(--space-3); }
    .search-form__box > :first-child { flex: 1 1 20rem; margin-bottom: 0; }
    .search-form__box input[type=search] { max-width: none; }
    .search-form__filters { margin-top: var(--space-3); }
    .search-form__filters summary { cursor: pointer; color: var(--color-primary); }
    .search-form__grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 var(--space-4); margin-top: var(--space-3); }
    .search-results__summary { display: flex; flex-wrap: wrap; justify-content: space-between; gap: var(--space-3); }
    .result-list, .timeline__items { padding-left: 0; list-style: none; }
    .result, .timeline__item { border-top: 1px solid var(--color-border); padding: var(--space-3) 0; }
    .result__title { font-size: var(--font-size-h3); margin: 0 0 var(--space-1); }
    .result__meta { color: var(--color-text-muted); font-size: var(--font-size-small); margin-bottom: var(--space-2); }
    .result__snippet { margin: 0; }
    mark { background: #fff1a8; color: inherit; padding: 0 0.1em; }
    .pagination { display: flex; gap: var(--space-4); align-items: baseline; margin: var(--space-4) 0; }
    .timeline section { border-left: 3px solid var(--color-primary); padding-left: var(--space-4); }
    .timeline__decision { margin: var(--space-2) 0 0; }
    .timeline__decision-label { font-weight: 600; margin: 0; }
    .timeline__decision blockquote { margin: var(--space-1) 0 0; padding-left: var(--space-3); border-left: 3px solid var(--color-approved); }
    .filters { display: flex; flex-wrap: wrap; gap: var(--space-3); align-items: flex-end; margin-bottom: var(--space-4); }
    .filters .form-field { margin: 0; }
    .stages { list-style: none; padding: 0; }
    .stage { border-left: 4px solid var(--color-border); padding: var(--space-2) 0 var(--space-2) var(--space-4); margin-bottom: var(--space-3); }
    .stage--done { border-left-color: var(--color-approved); }
    .stage--ongoing, .stage--current { border-left-color: var(--color-primary); }
    .stage h3 { margin: 0; }
    .tag--done { background: var(--color-approved-background); color: var(--color-approved); }
    .tag--ongoing { background: var(--color-draft-background); color: var(--color-draft); }
    .item-indicator .chart svg { max-width: 100%; height: auto; }

    @media (max-width: 40rem) {
      :root { --font-size-h1: 1.625rem; --font-size-h2: 1.375rem; }
      .facts { grid-template-columns: 1fr; }
      .attendance-person { grid-template-columns: 1fr; }
      .facts dd { margin-bottom: var(--space-2); }
    }

    @media print {
      :root { --color-primary: #000; }
      body { font-size: 11pt; }
      .site-header, .site-footer, .skip-link, .breadcrumbs, .toc, form { display: none; }
      .site-main { max-width: none; padding: 0; }
      a { color: inherit; text-decoration: none; }
      .item { break-inside: auto; border-top-width: 1px; }
      h2, h3, h4 { break-after: avoid; }
      .facts, .item .decision { background: none; border-left: 0; padding: 0; }
      .tag { border: 1px solid #000; background: none; color: #000; }
    }
    """
}
