/**
 * Formik imports hoist-non-react-statics (and through it react-is) for `connect()` and
 * `withFormik()`, which this site does not use; bundling them costs about 1 KB gzip of the 40 KB
 * budget. This stand-in keeps the same signature for the code paths that remain.
 */
export default function hoistNonReactStatics<T>(target: T): T {
  return target;
}
