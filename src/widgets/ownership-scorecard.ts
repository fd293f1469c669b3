// <ownership-scorecard>: enhances the server-rendered scorecard form. It saves answers, takes maturity
// from completed self-assessments, and handles share links and snapshots. What it shows is worked out
// in src/lib/scorecard-view.ts; this file puts it in the DOM. The history with its trend, the team view
// and the downloads are in ownership-scorecard-tools.ts, loaded the first time the reader uses one of
// them, or at once when there are snapshots to show.
import { savedAssessments } from '../lib/assessment.ts';
import type { SavedState } from '../lib/saved-state.ts';
import {
  SHARE_PREFIX,
  adoptShared,
  decodeShare,
  encodeShare,
  hasAnswers,
  mergeHistory,
  savedScorecard,
  type DecodedShare,
  type OwnerId,
  type SavedScorecard,
  type ScorecardRules,
} from '../lib/scorecard.ts';
import { NO_TEAM_SIZE_YET, assessedLevels, rulesOf, scorecardForm, scorecardView, shown } from '../lib/scorecard-view.ts';
import { isScorecardData, type ScorecardData } from './scorecard-data.ts';
import { SavingWidgetElement } from './saving-widget-element.ts';
import { el, link } from './dom.ts';
import { copyText } from './clipboard.ts';
import type { DownloadKind, Find } from './ownership-scorecard-tools.ts';
import toolsUrl from './ownership-scorecard-tools.ts?chunk';

type Tools = typeof import('./ownership-scorecard-tools.ts');

class OwnershipScorecard extends SavingWidgetElement<ScorecardData> {
  protected readonly isData = isScorecardData;
  private rules!: ScorecardRules;
  private stored!: SavedState<SavedScorecard>;
  private saved!: SavedScorecard;
  private assessed: Record<string, number | null> = {};
  /** Results opened from a share link: shown read-only until the reader adopts or leaves them. */
  private shared: DecodedShare | null = null;
  private tools?: Promise<Tools | null>;

  protected start() {
    this.rules = rulesOf(this.data);
    this.stored = savedScorecard(this.rules);
    this.saved = this.load(this.stored);
    this.assessed = assessedLevels(this.data, savedAssessments.load(this.store).state);
    const hash = location.hash.slice(1);
    if (hash.startsWith(SHARE_PREFIX)) {
      const decoded = decodeShare(hash, this.rules);
      if (decoded.ok) this.shared = decoded.value;
      else this.notice(`${decoded.error} Showing your own answers instead.`);
    }
    this.on('form', 'change', (e) => this.onChange(e));
    this.on('share', 'click', () => void this.copyShare());
    this.on('snapshot', 'click', () => this.snapshot());
    for (const kind of ['csv', 'json', 'svg', 'png'] as const) this.on(kind, 'click', () => void this.download(kind));
    this.on('print', 'click', () => window.print());
    this.on('compare', 'click', () => void this.withTools((t) => t.compare(this.finder, this.data)));
    this.on('adopt', 'click', () => this.askAdopt());
    this.on('adopt-yes', 'click', () => this.adopt());
    this.on('adopt-no', 'click', () => {
      this.find('adopt-confirm').hidden = true;
      this.find('adopt').focus();
    });
    this.on('leave', 'click', () => this.leaveShared());
    this.fillForm();
    this.render();
  }

  private shown() {
    return shown(this.data, this.saved, this.assessed, this.shared);
  }

  private say(text: string) {
    this.find('summary').textContent = text;
  }

  private fillForm() {
    const form = scorecardForm(this.data, this.saved, this.assessed, this.shown());
    const inputs = this.find('form').querySelectorAll<HTMLInputElement>('input[type=radio]');
    const values = new Map<string, string | number | null>([['team-size', form.teamSize]]);
    for (const r of form.roles) {
      values.set(`owner-${r.id}`, r.owner).set(`rating-${r.id}`, r.rating);
      this.find('assessed', r.id).hidden = !r.assessed;
      this.find('rating', r.id).hidden = !!r.assessed;
      if (r.assessed) this.find('assessed-level', r.id).textContent = r.assessed;
    }
    for (const input of inputs) input.checked = input.value === String(values.get(input.name));
    for (const fieldset of this.find('form').querySelectorAll('fieldset')) fieldset.disabled = form.locked;
    this.find('shared').hidden = !form.locked;
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (this.shared || input.type !== 'radio') return;
    const current = this.saved.current;
    if (input.name === 'team-size') current.teamSize = Number(input.value);
    for (const id of this.rules.roleIds) {
      if (input.name === `owner-${id}`) current.roles[id]!.owner = input.value as OwnerId;
      if (input.name === `rating-${id}`) current.roles[id]!.rating = Number(input.value);
    }
    this.persist();
    this.render();
  }

  /** Writes this page's answers and snapshots; snapshots another tab saved meanwhile are kept. */
  private persist() {
    const mine = this.saved;
    this.saved = this.save(this.stored, (stored) => ({ v: 1, current: mine.current, history: mergeHistory(stored.history, mine.history) }));
  }

  private render() {
    const on = this.shown();
    const view = scorecardView(this.data, on);
    if (this.find('summary').textContent !== view.summary) this.say(view.summary);
    this.find('radar').setAttribute('points', view.radar);
    for (const row of view.rows) {
      this.find('owner', row.id).textContent = row.owner;
      this.find('maturity', row.id).textContent = row.maturity;
      this.find('priority', row.id).textContent = row.priority;
    }
    this.find('gaps').replaceChildren(...view.gaps.map((g) => el('li', g)));
    this.find('moves').replaceChildren(...view.moves.map((m) => el('li', m.text, ' ', link(m.href, m.link))));
    const team = view.team;
    this.find('team').replaceChildren(
      ...(team
        ? [
            el('p', el('strong', `${team.name}. `), team.fits),
            el('ul', ...team.people.map((p) => el('li', p))),
            el('p', team.next && `${team.next} `, link(team.href, 'See this team shape in Start small')),
          ]
        : [el('p', NO_TEAM_SIZE_YET)]),
    );
    this.renderHistory();
    this.find<HTMLInputElement>('share-url').value =
      `${location.origin}${location.pathname}#${encodeShare(on.scores, on.teamSize, this.rules)}`;
  }

  private readonly finder: Find = <T extends HTMLElement>(name: string, key?: string) => this.find<T>(name, key);

  /** Runs `use` with the tools, loading them the first time; a failure is a notice, not an error. */
  private async withTools(use: (tools: Tools) => void | Promise<void>) {
    this.tools ??= import(/* @vite-ignore */ toolsUrl).then(
      (tools: Tools) => tools,
      () => {
        this.tools = undefined; // the next use tries again
        this.notice('This part of the scorecard could not load. Check your connection and try again.');
        return null;
      },
    );
    const tools = await this.tools;
    try {
      if (tools) await use(tools);
    } catch {
      // E.g. a browser that cannot draw the radar into a PNG.
      this.notice('That did not work in this browser; your answers are kept. Reload the page and try again.');
    }
  }

  /** Snapshots, what changed since the last one and the trend; nothing to load while there is none. */
  private renderHistory() {
    const { history } = this.saved;
    if (history.length === 0 && !this.shared && !this.tools) return;
    void this.withTools((t) => t.renderHistory(this.finder, this.data, this.shown(), history));
  }

  private download(kind: DownloadKind) {
    return this.withTools((t) => t.download(this, this.finder, this.data, this.shown(), kind));
  }

  private snapshot() {
    if (this.shared) return;
    this.saved.history.push({ date: new Date().toISOString(), scores: this.shown().scores });
    this.persist();
    this.render();
    this.say('Snapshot saved.');
  }

  private async copyShare() {
    const input = this.find<HTMLInputElement>('share-url');
    if (await copyText(input.value)) return this.say('Share link copied.');
    input.focus();
    input.select();
    this.say('Copying was refused: the link is selected, press Ctrl+C (or ⌘C) to copy it.');
  }

  private askAdopt() {
    if (!hasAnswers(this.saved.current)) return this.adopt();
    this.find('adopt-confirm').hidden = false;
    this.find('adopt-no').focus();
  }

  private adopt() {
    if (!this.shared) return;
    this.saved.current = adoptShared(this.shared, this.rules.roleIds);
    this.persist();
    this.leaveShared();
  }

  private leaveShared() {
    this.shared = null;
    history.replaceState(null, '', location.pathname);
    this.find('adopt-confirm').hidden = true;
    this.fillForm();
    this.render();
    this.say('Showing your own answers.');
    // The buttons that had focus are hidden now: continue from the form.
    this.find('form').querySelector('input')?.focus();
  }
}

customElements.define('ownership-scorecard', OwnershipScorecard);
