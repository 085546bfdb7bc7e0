export { useLocation, useSearchParam, navigate, setSearchParam, type Location } from './location';
export { matchPath, paths } from './match';
export { Link, type LinkProps } from './Link';
