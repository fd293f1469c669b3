// <self-assessment>: enhances the server-rendered questionnaire. It saves each answer as it is given,
// restores them on return, shows progress, the level and one step per weak answer. Logic is in
// src/lib/assessment.ts; this file only wires the DOM. All text is set with textContent.
import {
  ASSESSMENT_KEY,
  loadAssessments,
  saveAssessments,
  scoreAssessment,
  isAnswerValue,
  type Answers,
  type SavedAssessments,
} from '../lib/assessment.ts';
import { SafeStore, browserStorage } from '../lib/storage.ts';
import type { AssessmentWidgetData } from './self-assessment-data.ts';

class SelfAssessment extends HTMLElement {
  private data!: AssessmentWidgetData;
  private store = new SafeStore(browserStorage);
  private saved!: SavedAssessments;

  connectedCallback() {
    const json = this.querySelector('[data-assessment]')?.textContent;
    if (!json) return;
    this.data = JSON.parse(json) as AssessmentWidgetData;
    const { state, notice } = loadAssessments(this.store);
    this.saved = state;
    if (notice) this.showNotice(notice);
    this.el('[data-storage]').hidden = this.store.mode === 'persistent';
    this.el('[data-progress-box]').hidden = false;
    this.restore();
    this.el('[data-form]').addEventListener('change', (e) => this.onChange(e));
    this.el('[data-print]').addEventListener('click', () => window.print());
    this.el('[data-reset]').addEventListener('click', () => this.askReset());
    this.el('[data-confirm-yes]').addEventListener('click', () => this.reset());
    this.el('[data-confirm-no]').addEventListener('click', () => this.closeConfirm());
    window.addEventListener('pageshow', (e) => e.persisted && this.reload());
    window.addEventListener('storage', (e) => e.key === ASSESSMENT_KEY && this.reload());
    this.render();
    // Live only from now on: the state restored on arrival is not read out, later changes are.
    this.el('[data-status]').setAttribute('role', 'status');
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  private get answers(): Answers {
    return this.saved.roles[this.data.role]?.answers ?? {};
  }

  private restore() {
    const answers = this.answers;
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=radio]'))
      input.checked = String(answers[input.name]) === input.value;
  }

  /** Another tab saved, or the page came back from the back/forward cache: show what is stored now. */
  private reload() {
    this.saved = loadAssessments(this.store).state;
    this.restore();
    this.render();
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'radio' || !this.data.statements.some((s) => s.id === input.name)) return;
    const value: unknown = input.value === 'unknown' ? 'unknown' : Number(input.value);
    if (!isAnswerValue(value)) return;
    const answers: Answers = { ...this.answers, [input.name]: value };
    this.saved.roles[this.data.role] = { answers, updated: new Date().toISOString() };
    this.persist();
    this.render();
  }

  private persist() {
    // Other roles' answers may have been saved since this page loaded (another tab, or this page
    // restored from the back/forward cache): write back only this role's entry.
    const stored = loadAssessments(this.store).state;
    const mine = this.saved.roles[this.data.role];
    if (mine) stored.roles[this.data.role] = mine;
    else delete stored.roles[this.data.role];
    this.saved = stored;
    saveAssessments(this.store, this.saved);
    this.el('[data-storage]').hidden = this.store.mode === 'persistent';
  }

  private showNotice(text: string) {
    const box = this.el('[data-notice]');
    box.textContent = text;
    box.hidden = false;
  }

  private render() {
    const result = scoreAssessment(this.data, this.answers);
    this.el('[data-answered]').textContent = String(result.answered);
    this.el<HTMLProgressElement>('[data-progress]').value = result.answered;

    const level = result.level ? this.data.levels[result.level - 1] : undefined;
    const summary = !level
      ? 'Answer the questions above to see your level.'
      : `${result.complete ? 'Your level' : `Level so far (${result.answered} of ${result.total} answered)`}: ${level.level} of 5, ${level.name}. Average answer ${result.mean!.toFixed(1)}.`;
    const summaryEl = this.el('[data-summary]');
    if (summaryEl.textContent !== summary) summaryEl.textContent = summary;

    this.el('[data-level]').hidden = !level;
    if (level) {
      this.el('[data-level-name]').textContent = `Level ${level.level}: ${level.name}`;
      this.el('[data-level-text]').textContent = level.observable;
    }

    const list = this.el('[data-advice]');
    list.replaceChildren(
      ...result.recommendations.map((r) => {
        const li = document.createElement('li');
        const question = document.createElement('strong');
        question.textContent = r.statement;
        const statement = this.data.statements.find((s) => s.id === r.statementId)!;
        const answered = document.createElement('p');
        answered.textContent = `You answered: ${r.answer === 'unknown' ? 'Don’t know' : statement.answers[r.answer - 1]!.text}`;
        const advice = document.createElement('p');
        advice.textContent = r.advice;
        const link = document.createElement('a');
        link.href = `/roles/${this.data.role}/#${r.anchor}`;
        link.textContent = `In the playbook: ${this.data.anchorLabels[r.anchor] ?? r.anchor}`;
        li.append(question, answered, advice, link);
        return li;
      }),
    );
    this.el('[data-advice-box]').hidden = result.recommendations.length === 0;

    const rows = this.el('[data-competencies]');
    rows.replaceChildren(
      ...result.competencies.map((c) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = c.name;
        const td = document.createElement('td');
        td.textContent = c.mean === null ? 'not answered' : c.mean.toFixed(1);
        tr.append(th, td);
        return tr;
      }),
    );
    this.el('[data-competency-box]').hidden = result.answered === 0;
    this.el('[data-actions]').hidden = result.answered === 0;
  }

  private askReset() {
    this.el('[data-confirm]').hidden = false;
    this.el('[data-confirm-no]').focus();
  }

  private closeConfirm() {
    this.el('[data-confirm]').hidden = true;
    this.el('[data-reset]').focus();
  }

  private reset() {
    delete this.saved.roles[this.data.role];
    this.persist();
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=radio]')) input.checked = false;
    this.el('[data-confirm]').hidden = true;
    this.render();
    this.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
  }
}

customElements.define('self-assessment', SelfAssessment);
