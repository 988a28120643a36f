import { useId, useState } from 'react'
import { Button } from 'react-aria-components'
import type { SiteCheckAnswer, SiteCheckOutcome } from '@shared/ipc/site-check'
import { rollcall } from '../../ipc/rollcall'

type State =
  | { step: 'idle' }
  | { step: 'running' }
  | { step: 'done'; answer: SiteCheckAnswer }
  | { step: 'problem'; problem: string }

const outcomeWords: Record<SiteCheckOutcome, string> = {
  pass: 'Pass',
  missing_permission: 'Missing permission',
  refused: 'Refused',
  failed: 'Failed',
}

/**
 * Settings → Check this site (issue 17): main makes read-only calls to every Wix API Rollcall uses with the
 * site's saved key (or the demo site's), and answers each check in words, the open questions the site's
 * answers settle, and where it wrote the report a studio can send to support (no key, no customer details).
 */
export function SiteCheckSection() {
  const [state, setState] = useState<State>({ step: 'idle' })
  const headingId = useId()
  const questionsId = useId()

  const run = async () => {
    setState({ step: 'running' })
    try {
      const answer = await rollcall().site.check()
      setState(
        answer.ok
          ? { step: 'done', answer: answer.data }
          : { step: 'problem', problem: answer.error.message },
      )
    } catch (error) {
      setState({ step: 'problem', problem: error instanceof Error ? error.message : String(error) })
    }
  }

  const report = state.step === 'done' ? state.answer.report : null
  return (
    <section className="settings__section" aria-labelledby={headingId}>
      <h3 id={headingId} className="settings__heading">
        Site check
      </h3>
      <div className="button-row">
        <Button className="button" isDisabled={state.step === 'running'} onPress={() => void run()}>
          Check this site
        </Button>
        <p className="settings__hint">
          Reads from every Wix API Rollcall uses, changes nothing, and writes a report you can send to support
          (without the API key or customers’ details).
        </p>
      </div>
      <div role="status" aria-live="polite" className="settings__status">
        {state.step === 'running' && 'Checking this site…'}
        {report && report.summary}
      </div>
      {state.step === 'problem' && (
        <p role="alert" className="settings__problem">
          {state.problem}
        </p>
      )}
      {state.step === 'done' && report && (
        <>
          <ul className="settings__checks" aria-label="Site check results">
            {report.checks.map((check) => (
              <li key={check.name} data-outcome={check.outcome}>
                <strong>{outcomeWords[check.outcome]}</strong> — {check.words}
              </li>
            ))}
          </ul>
          <h4 id={questionsId} className="settings__subheading">
            Open questions
          </h4>
          <ul className="settings__checks" aria-labelledby={questionsId}>
            {report.openQuestions.map((question) => (
              <li key={question.id}>
                {question.question} <strong>{question.answer}</strong>
              </li>
            ))}
          </ul>
          <p className="settings__hint">
            Report written to <span className="settings__code">{state.answer.reportPath}</span> (summary:{' '}
            <span className="settings__code">{state.answer.summaryPath}</span>)
          </p>
        </>
      )}
    </section>
  )
}
