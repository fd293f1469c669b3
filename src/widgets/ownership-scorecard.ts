// <ownership-scorecard>: enhances the server-rendered scorecard form. It saves answers, takes maturity
// from completed self-assessments, and handles share links, snapshots, the team view and exports.
// What it shows is worked out in src/lib/scorecard-view.ts and, for history, the team view and the
// exports, src/lib/scorecard-tools.ts; this file puts it in the DOM. (Loading those tools on first use
// with import() would make Vite split its preload helper out of Starlight's search script, adding
// more to every page than it saves here.)
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
import { copyText, downloadText } from './clipboard.ts';
import { compareTeam, exportJson, exportRows, historyView, toCsv } from '../lib/scorecard-tools.ts';

class OwnershipScorecard extends SavingWidgetElement<ScorecardData> {
  protected readonly isData = isScorecardData;
  private rules!: ScorecardRules;
  private stored!: SavedState<SavedScorecard>;
  private saved!: SavedScorecard;
  private assessed: Record<string, number | null> = {};
  /** Results opened from a share link: shown read-only until the reader adopts or leaves them. */
  private shared: DecodedShare | null = null;

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
    this.on('csv', 'click', () => this.download('csv'));
    this.on('json', 'click', () => this.download('json'));
    this.on('print', 'click', () => window.print());
    this.on('compare', 'click', () => this.compare());
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

  /** Snapshots and what changed since the last one. */
  private renderHistory() {
    const view = historyView(this.data, this.shown(), this.saved.history);
    this.find('changes').replaceChildren(el('p', view.changes.intro));
    if (view.changes.items.length) this.find('changes').append(el('ul', ...view.changes.items.map((c) => el('li', c))));
    this.find('history').replaceChildren(...view.history.map((h) => el('li', h)));
  }

  private download(kind: 'csv' | 'json') {
    const on = this.shown();
    if (kind === 'csv') downloadText(this, 'ownership-scorecard.csv', 'text/csv', toCsv(exportRows(this.data, on)), this.find('summary'));
    else downloadText(this, 'ownership-scorecard.json', 'application/json', exportJson(this.data, on, new Date()), this.find('summary'));
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

  private compare() {
    const result = compareTeam(this.data, this.find<HTMLTextAreaElement>('team-links').value);
    this.find('team-status').textContent = result.status;
    this.find('team-table').hidden = !result.rows;
    this.find('team-rows').replaceChildren(
      ...(result.rows ?? []).map((r) => {
        const row = el('tr', Object.assign(el('th', r.name), { scope: 'row' }), ...r.cells.map((c) => el('td', c)));
        row.classList.toggle('disputed', r.disputed);
        return row;
      }),
    );
  }
}

customElements.define('ownership-scorecard', OwnershipScorecard);
