/**
 * What every form island does, in one hook: Formik state validated by the form's yup schema on
 * blur and submit, messages in the reader's language, the GOV.UK error summary (focused after a
 * failed submit), the draft kept in sessionStorage until sent, one Idempotency-Key per body,
 * retries with backoff, and the move to the thank-you page. Forms differ only in their view.
 */
import { useFormik, type FormikValues } from 'formik';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnyObject } from 'yup';
import { thanksLocation, type FormDefinition } from '../definition.ts';
import { format, type Messages } from '../messages.ts';
import { errorKeys, validate, type FieldError } from '../validation.ts';
import type { Status } from '../ui/SubmitStatus.tsx';
import { Draft } from './draft.ts';
import { sendJson } from './send.ts';

export interface FormIslandOptions<V> {
  lang: string;
  messages: Messages;
  /** What was typed before the island started (it wins over a saved draft). */
  typed?: V;
}

export function useFormIsland<V extends FormikValues>(
  form: FormDefinition<AnyObject, V>,
  options: FormIslandOptions<V>,
) {
  const { lang, messages } = options;
  const { id: formId, endpoint, schema } = form;
  const { toBody } = form.values;
  const emptyValues = form.values.empty(lang);
  const t = (key: string | string[], params?: Record<string, string | number>) =>
    format(messages, key, params);
  const [enhanced, setEnhanced] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [showSummary, setShowSummary] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const openedAt = useRef(Date.now());
  const draft = useRef<Draft<V>>();
  const messageFor = (error: FieldError) => t(errorKeys(formId, error), error.params);

  const formik = useFormik<V>({
    initialValues: emptyValues,
    validateOnBlur: true,
    validateOnChange: false,
    validate: (values) => {
      const result = validate(schema, toBody(values));
      return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, messageFor(e)]));
    },
    onSubmit: async (values, helpers) => {
      setStatus({ kind: 'sending' });
      const body = toBody(values);
      const result = await sendJson(endpoint, body, {
        idempotencyKey: draft.current!.idempotencyKey(JSON.stringify(body)),
        fillTimeMs: Date.now() - openedAt.current,
      });
      if (result.kind === 'created') {
        draft.current!.clear();
        setStatus({ kind: 'sent' });
        window.location.assign(result.location ?? thanksLocation(form, lang, body, result.reference));
        return;
      }
      if (result.kind === 'invalid') {
        helpers.setErrors(Object.fromEntries(result.errors.map((e) => [e.field, e.message])) as never);
        helpers.setTouched(Object.fromEntries(result.errors.map((e) => [e.field, true])) as never, false);
        setStatus({ kind: 'idle' });
        summaryRef.current?.focus();
        return;
      }
      setStatus({ kind: result.kind });
    },
  });

  // After hydration: restore a draft and let our messages replace the browser's.
  useEffect(() => {
    draft.current = new Draft<V>(formId);
    const saved = draft.current.values();
    const typedSomething = options.typed && JSON.stringify(options.typed) !== JSON.stringify(emptyValues);
    if (typedSomething) {
      void formik.setValues({ ...options.typed!, locale: lang, website: '' }, false);
    } else if (saved) {
      void formik.setValues({ ...emptyValues, ...saved, locale: lang, website: '' }, false);
      setStatus({ kind: 'restored' });
    }
    setEnhanced(true);
  }, []);

  useEffect(() => {
    if (enhanced) draft.current?.save({ ...formik.values, website: '' });
  }, [formik.values, enhanced]);

  // GOV.UK: after a failed submit, the summary takes focus.
  useEffect(() => {
    if (formik.submitCount > 0 && !formik.isValid) summaryRef.current?.focus();
  }, [formik.submitCount]);

  const errors: Partial<Record<keyof V, string>> = {};
  for (const [name, message] of Object.entries(formik.errors)) {
    if (formik.touched[name as keyof V] || formik.submitCount > 0)
      errors[name as keyof V] = message as string;
  }

  return {
    t,
    values: formik.values,
    errors,
    enhanced,
    status,
    summaryRef,
    showSummary: showSummary && Object.keys(errors).length > 0,
    setValue: (field: keyof V & string, value: unknown) => void formik.setFieldValue(field, value, false),
    onInput: formik.handleChange,
    onBlur: formik.handleBlur,
    onSubmit: (event: Event) => {
      event.preventDefault();
      setShowSummary(true);
      void formik.submitForm();
    },
  };
}
