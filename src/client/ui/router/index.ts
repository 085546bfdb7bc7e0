export { useLocation, useSearchParam, navigate, setSearchParam, type Location, type NavigateOptions } from './location';
export { matchPath, paths, patterns, pathTo, type Pattern, type ParamsOf } from './match';
export { Link, type LinkProps } from './Link';
