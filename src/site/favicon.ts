// The site's icon: three rising bars, the last in the highlight colour of a followed figure.
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><rect x="6" y="16" width="5" height="10" fill="#fff"/><rect x="13.5" y="10" width="5" height="16" fill="#fff"/><rect x="21" y="6" width="5" height="20" fill="#ffd43b"/></svg>';
