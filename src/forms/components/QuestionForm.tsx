/**
 * The question form's island: Formik state over the QuestionFields view. Validation on blur and
 * submit with the shared yup schema, the GOV.UK error summary (focused after a failed submit), the
 * draft kept in sessionStorage until sent, one Idempotency-Key per body, and retries with backoff.
 */
import { useFormik } from 'formik';
import { useEffect, useRef, useState } from 'preact/hooks';
import { QUESTION_FIELDS, questionSchema } from '../question-schema.ts';
import { errorKeys, validate, type FieldError } from '../validation.ts';
import { format, type Messages } from '../messages.ts';
import { Draft } from '../island/draft.ts';
import { sendJson } from '../island/send.ts';
import { emptyQuestion, FORM_ID, QuestionFields, type QuestionValues } from './QuestionFields.tsx';
import type { Status } from './SubmitStatus.tsx';

export interface QuestionFormProps {
  lang: string;
  messages: Messages;
  endpoint: string;
  privacyHref: string;
}

export default function QuestionForm({ lang, messages, endpoint, privacyHref }: QuestionFormProps) {
  const t = (key: string | string[], params?: Record<string, string | number>) => format(messages, key, params);
  const [enhanced, setEnhanced] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [showSummary, setShowSummary] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const openedAt = useRef(Date.now());
  const draft = useRef<Draft<QuestionValues>>();
  const messageFor = (error: FieldError) => t(errorKeys(FORM_ID, error), error.params);

  const formik = useFormik<QuestionValues>({
    initialValues: emptyQuestion(lang),
    validateOnBlur: true,
    validateOnChange: false,
    validate: (values) => {
      const result = validate(questionSchema, values, QUESTION_FIELDS);
      return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.field, messageFor(e)]));
    },
    onSubmit: async (values, helpers) => {
      setStatus({ kind: 'sending' });
      const body = { ...values };
      const result = await sendJson(endpoint, body, {
        idempotencyKey: draft.current!.idempotencyKey(JSON.stringify(body)),
        fillTimeMs: Date.now() - openedAt.current,
      });
      if (result.kind === 'created') {
        draft.current!.clear();
        setStatus({ kind: 'sent' });
        window.location.assign(result.location ?? `/${lang}/stel-je-vraag/bedankt/?ref=${encodeURIComponent(result.reference)}`);
        return;
      }
      if (result.kind === 'invalid') {
        helpers.setErrors(Object.fromEntries(result.errors.map((e) => [e.field, e.message])));
        helpers.setTouched(Object.fromEntries(result.errors.map((e) => [e.field, true])), false);
        setStatus({ kind: 'idle' });
        summaryRef.current?.focus();
        return;
      }
      setStatus({ kind: result.kind });
    },
  });

  // After hydration: restore a draft and let our messages replace the browser's.
  useEffect(() => {
    draft.current = new Draft<QuestionValues>(FORM_ID);
    const saved = draft.current.values();
    if (saved) {
      void formik.setValues({ ...emptyQuestion(lang), ...saved, locale: lang, website: '' }, false);
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

  const errors: Partial<Record<keyof QuestionValues, string>> = {};
  for (const [name, message] of Object.entries(formik.errors)) {
    if (formik.touched[name as keyof QuestionValues] || formik.submitCount > 0) errors[name as keyof QuestionValues] = message as string;
  }

  return (
    <QuestionFields
      t={t}
      endpoint={endpoint}
      privacyHref={privacyHref}
      values={formik.values}
      errors={errors}
      showSummary={showSummary && Object.keys(errors).length > 0}
      municipalityOptions=""
      enhanced={enhanced}
      status={status}
      summaryRef={summaryRef}
      onInput={formik.handleChange}
      onBlur={formik.handleBlur}
      onSubmit={(event) => {
        event.preventDefault();
        setShowSummary(true);
        void formik.submitForm();
      }}
    />
  );
}
