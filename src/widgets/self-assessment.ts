// <self-assessment>: enhances the server-rendered questionnaire. It saves each answer as it is given,
// restores them on return, shows progress, the level and one step per weak answer. What it shows is
// worked out by assessmentView (src/lib/assessment-result.ts); this file puts it in the DOM.
import { isAnswerValue, savedAssessments, type Answers, type SavedAssessments } from '../lib/assessment.ts';
import { assessmentView } from '../lib/assessment-result.ts';
import { isSelfAssessmentData, type SelfAssessmentData } from './self-assessment-data.ts';
import { SavingWidgetElement } from './saving-widget-element.ts';
import { el, link } from './dom.ts';

class SelfAssessment extends SavingWidgetElement<SelfAssessmentData> {
  protected readonly isData = isSelfAssessmentData;
  private saved!: SavedAssessments;

  protected start() {
    this.saved = this.load(savedAssessments);
    this.follow(savedAssessments, (state) => {
      this.saved = state;
      this.render();
    });
    this.on('form', 'change', (e) => this.onChange(e));
    this.on('print', 'click', () => window.print());
    this.on('reset', 'click', () => this.askReset());
    this.on('confirm-yes', 'click', () => this.reset());
    this.on('confirm-no', 'click', () => this.closeConfirm());
    this.render();
  }

  private get answers(): Answers {
    return this.saved.roles[this.data.role]?.answers ?? {};
  }

  private radios() {
    return this.find('form').querySelectorAll<HTMLInputElement>('input[type=radio]');
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    const value: unknown = input.value === 'unknown' ? 'unknown' : Number(input.value);
    if (input.type !== 'radio' || !this.data.statements.some((s) => s.id === input.name) || !isAnswerValue(value)) return;
    this.keep({ ...this.answers, [input.name]: value });
    this.render();
  }

  /** Saves this role's answers (null: removes them); other roles' answers stay as stored now. */
  private keep(answers: Answers | null) {
    const role = this.data.role;
    this.saved = this.save(savedAssessments, (stored) => {
      if (answers) stored.roles[role] = { answers, updated: new Date().toISOString() };
      else delete stored.roles[role];
      return stored;
    });
  }

  /** The answers as saved, and what they add up to. */
  private render() {
    const answers = this.answers;
    for (const input of this.radios()) input.checked = String(answers[input.name]) === input.value;
    const view = assessmentView(this.data, answers);
    this.find('answered').textContent = String(view.answered);
    this.find<HTMLProgressElement>('progress').value = view.answered;
    const summary = this.find('summary');
    if (summary.textContent !== view.summary) summary.textContent = view.summary;
    this.find('level').hidden = !view.level;
    if (view.level) {
      this.find('level-name').textContent = view.level.title;
      this.find('level-text').textContent = view.level.text;
    }
    this.find('advice').replaceChildren(
      ...view.advice.map((a) => el('li', el('strong', a.question), el('p', a.answered), el('p', a.advice), link(a.href, a.label))),
    );
    this.find('advice-box').hidden = view.advice.length === 0;
    this.find('competencies').replaceChildren(
      ...view.competencies.map((c) => el('tr', Object.assign(el('th', c.name), { scope: 'row' }), el('td', c.average))),
    );
    this.find('competency-box').hidden = view.answered === 0;
    this.find('actions').hidden = view.answered === 0;
  }

  private askReset() {
    this.find('confirm').hidden = false;
    this.find('confirm-no').focus();
  }

  private closeConfirm() {
    this.find('confirm').hidden = true;
    this.find('reset').focus();
  }

  private reset() {
    this.keep(null);
    this.find('confirm').hidden = true;
    this.render();
    this.radios()[0]?.focus();
  }
}

customElements.define('self-assessment', SelfAssessment);
