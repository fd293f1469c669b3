// <ownership-scorecard>: enhances the server-rendered scorecard form. It saves answers, takes maturity
// from completed self-assessments, draws the radar and fills the table, ranks gaps, suggests moves
// and a team shape, and handles share links, snapshots, the team view and exports. Logic lives in
// src/lib/scorecard.ts; text comes from the embedded content and is set with textContent.
import { completedLevel, loadAssessments } from '../lib/assessment.ts';
import {
  SHARE_PREFIX,
  changesSince,
  decodeShare,
  encodeShare,
  loadScorecard,
  mostDisputed,
  radarPoints,
  rankGaps,
  roleScores,
  saveScorecard,
  teamView,
  toCsv,
  type DecodedShare,
  type OwnerId,
  type RoleScore,
  type SavedScorecard,
} from '../lib/scorecard.ts';
import { SafeStore, browserStorage } from '../lib/storage.ts';
import type { ScorecardWidgetData } from './scorecard-data.ts';
import { copyText, downloadText } from './clipboard.ts';

const RADIUS = 120;
const CENTER = 180;

class OwnershipScorecard extends HTMLElement {
  private data!: ScorecardWidgetData;
  private ids: string[] = [];
  private store = new SafeStore(browserStorage);
  private saved!: SavedScorecard;
  private assessed: Record<string, number | null> = {};
  /** Results opened from a share link: shown read-only until the reader adopts or leaves them. */
  private shared: DecodedShare | null = null;

  connectedCallback() {
    const json = this.querySelector('[data-scorecard]')?.textContent;
    if (!json) return;
    this.data = JSON.parse(json) as ScorecardWidgetData;
    this.ids = this.data.roles.map((r) => r.id);
    const notices: string[] = [];
    const loaded = loadScorecard(this.store, this.ids);
    this.saved = loaded.state;
    if (loaded.notice) notices.push(loaded.notice);
    const answers = loadAssessments(this.store);
    for (const r of this.data.roles) this.assessed[r.id] = completedLevel(r.statements, answers.state.roles[r.id]?.answers ?? {});

    const hash = location.hash.slice(1);
    if (hash.startsWith(SHARE_PREFIX)) {
      const decoded = decodeShare(hash, this.ids);
      if (decoded.ok) this.shared = decoded.value;
      else notices.push(`${decoded.error} Showing your own answers instead.`);
    }
    if (notices.length) this.notice(notices.join(' '));

    this.on('[data-form]', 'change', (e) => this.onChange(e));
    this.on('[data-share]', 'click', () => void this.copyShare());
    this.on('[data-snapshot]', 'click', () => this.snapshot());
    this.on('[data-csv]', 'click', () => downloadText(this, 'ownership-scorecard.csv', 'text/csv', toCsv(this.exportRows())));
    this.on('[data-json]', 'click', () => downloadText(this, 'ownership-scorecard.json', 'application/json', this.json()));
    this.on('[data-print]', 'click', () => window.print());
    this.on('[data-compare]', 'click', () => this.compare());
    this.on('[data-adopt]', 'click', () => this.askAdopt());
    this.on('[data-adopt-yes]', 'click', () => this.adopt());
    this.on('[data-adopt-no]', 'click', () => {
      this.el('[data-adopt-confirm]').hidden = true;
      this.el('[data-adopt]').focus();
    });
    this.on('[data-leave]', 'click', () => this.leaveShared());
    this.fillForm();
    this.render();
    // Live only from now on: the state restored on arrival is not read out, later changes are.
    this.el('[data-status]').setAttribute('role', 'status');
  }

  private el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector(selector) as T;
  }

  private on(selector: string, type: string, handler: (e: Event) => void) {
    this.el(selector).addEventListener(type, handler);
  }

  private notice(text: string) {
    const box = this.el('[data-notice]');
    box.textContent = text;
    box.hidden = false;
  }

  private name(id: string) {
    return this.data.roles.find((r) => r.id === id)?.name ?? id;
  }

  private ownerLabel(id: OwnerId | null) {
    return id ? (this.data.owners.find((o) => o.id === id)?.label ?? id) : 'not answered';
  }

  /** The scores shown: the shared ones in a shared view, else the reader's own. */
  private scores(): Record<string, RoleScore> {
    return this.shared ? this.shared.scores : roleScores(this.saved.current, this.ids, this.assessed);
  }

  private teamSize(): number | null {
    return this.shared ? this.shared.teamSize : this.saved.current.teamSize;
  }

  private fillForm() {
    const form = this.el<HTMLFormElement>('[data-form]');
    const scores = this.scores();
    const set = (name: string, value: string | number | null) => {
      for (const input of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))
        input.checked = value !== null && input.value === String(value);
    };
    set('team-size', this.teamSize());
    for (const id of this.ids) {
      set(`owner-${id}`, scores[id]?.owner ?? null);
      set(`rating-${id}`, this.shared ? (scores[id]?.maturity ?? null) : (this.saved.current.roles[id]?.rating ?? null));
      const fromAssessment = !this.shared && this.assessed[id] != null;
      this.el(`[data-assessed="${id}"]`).hidden = !fromAssessment;
      this.el(`[data-rating="${id}"]`).hidden = fromAssessment;
      if (fromAssessment) {
        const role = this.data.roles.find((r) => r.id === id)!;
        this.el(`[data-assessed="${id}"] [data-assessed-level]`).textContent =
          `level ${this.assessed[id]}, ${role.levels[this.assessed[id]! - 1]}`;
      }
    }
    for (const fieldset of form.querySelectorAll('fieldset')) fieldset.disabled = this.shared !== null;
    this.el('[data-shared]').hidden = this.shared === null;
  }

  private onChange(event: Event) {
    const input = event.target as HTMLInputElement;
    if (this.shared || input.type !== 'radio') return;
    const current = this.saved.current;
    if (input.name === 'team-size') current.teamSize = Number(input.value);
    for (const id of this.ids) {
      if (input.name === `owner-${id}`) current.roles[id]!.owner = input.value as OwnerId;
      if (input.name === `rating-${id}`) current.roles[id]!.rating = Number(input.value);
    }
    this.persist();
    this.render();
  }

  private persist() {
    // Keep snapshots another tab saved since this page loaded; this page's answers win.
    const stored = loadScorecard(this.store, this.ids).state;
    const dates = new Set(this.saved.history.map((h) => h.date));
    this.saved.history = [...stored.history.filter((h) => !dates.has(h.date)), ...this.saved.history].sort((a, b) =>
      a.date.localeCompare(b.date),
    );
    saveScorecard(this.store, this.saved);
    this.el('[data-storage]').hidden = this.store.mode === 'persistent';
  }

  private render() {
    const scores = this.scores();
    const gaps = rankGaps(scores, this.ids);
    const answered = this.ids.filter((id) => scores[id]?.owner && scores[id]?.maturity).length;

    const summary = this.el('[data-summary]');
    const text =
      answered === 0
        ? 'Answer who owns each role and how mature it is to see your results.'
        : `${answered} of ${this.ids.length} roles scored. ${gaps[0] ? `Most urgent: ${this.name(gaps[0].role)}.` : ''}`;
    if (summary.textContent !== text) summary.textContent = text;

    const values = this.ids.map((id) => scores[id]?.maturity ?? 0);
    this.el('[data-radar]').setAttribute(
      'points',
      radarPoints(values, 5, RADIUS, CENTER)
        .map((p) => p.join(','))
        .join(' '),
    );
    for (const id of this.ids) {
      const row = this.el(`[data-row="${id}"]`);
      row.querySelector('[data-owner]')!.textContent = this.ownerLabel(scores[id]?.owner ?? null);
      const m = scores[id]?.maturity;
      row.querySelector('[data-maturity]')!.textContent = m ? String(m) : 'not answered';
      row.querySelector('[data-priority]')!.textContent = String(gaps.find((g) => g.role === id)?.priority ?? '–');
    }

    this.el('[data-gaps]').replaceChildren(
      ...gaps.map((g) =>
        this.item(
          `${this.name(g.role)}: priority ${g.priority} (owner: ${this.ownerLabel(g.owner).toLowerCase()}, maturity ${g.maturity})`,
        ),
      ),
    );
    this.el('[data-moves]').replaceChildren(
      ...gaps.slice(0, 3).map((g) => {
        const owner = this.data.owners.find((o) => o.id === g.owner)!;
        const li = this.item(owner.move.replace('{role}', this.name(g.role)));
        li.append(' ', this.link(`/roles/${g.role}/#${owner.anchor}`, `Open the ${this.name(g.role).toLowerCase()} playbook`));
        return li;
      }),
    );
    this.renderTeamShape();
    this.renderHistory();
    const share = this.el<HTMLInputElement>('[data-share-url]');
    share.value = `${location.origin}${location.pathname}#${encodeShare(scores, this.teamSize(), this.ids)}`;
  }

  private renderTeamShape() {
    const box = this.el('[data-team]');
    const size = this.teamSize();
    const shape = this.data.teamShapes.find((s) => s.size === size);
    if (!shape) {
      box.replaceChildren(this.para('Choose your team size above to see how others of that size combine the roles.'));
      return;
    }
    const title = document.createElement('p');
    const strong = document.createElement('strong');
    strong.textContent = `${shape.name}. `;
    title.append(strong, shape.fits);
    const list = document.createElement('ul');
    list.append(...shape.people.map((p) => this.item(`${p.title}: ${p.roles.map((r) => this.name(r)).join(', ')}`)));
    const next = document.createElement('p');
    if (shape.hireNext) next.textContent = `Hire next: ${this.name(shape.hireNext)}. `;
    next.append(this.link(`/start-small/#team-of-${shape.size}`, 'See this team shape in Start small'));
    box.replaceChildren(title, list, next);
  }

  private renderHistory() {
    const history = this.saved.history;
    const last = history.at(-1);
    const changes = this.el('[data-changes]');
    if (this.shared) {
      // The shared results are someone else's: comparing them with your snapshot would mislead.
      changes.replaceChildren(this.para('Your snapshots compare your own answers; go back to them to see what changed.'));
    } else if (!last) {
      changes.replaceChildren(this.para('No snapshots yet. Save one to see what changes next time.'));
    } else {
      const diff = changesSince(last, this.scores(), this.ids);
      const describe = (s: RoleScore) => `${this.ownerLabel(s.owner).toLowerCase()}, maturity ${s.maturity ?? 'not answered'}`;
      const list = document.createElement('ul');
      list.append(...diff.map((c) => this.item(`${this.name(c.role)}: from ${describe(c.from)} to ${describe(c.to)}`)));
      changes.replaceChildren(
        this.para(
          diff.length
            ? `Changed since your snapshot of ${new Date(last.date).toLocaleDateString()}:`
            : `No change since your snapshot of ${new Date(last.date).toLocaleDateString()}.`,
        ),
        ...(diff.length ? [list] : []),
      );
    }
    this.el('[data-history]').replaceChildren(
      ...history.map((h) =>
        this.item(
          `${new Date(h.date).toLocaleString()}: ${this.ids.map((id) => `${this.data.roles.find((r) => r.id === id)!.shortName} ${h.scores[id]?.maturity ?? '–'}`).join(', ')}`,
        ),
      ),
    );
  }

  private snapshot() {
    if (this.shared) return;
    this.saved.history.push({ date: new Date().toISOString(), scores: this.scores() });
    this.persist();
    this.renderHistory();
    this.el('[data-summary]').textContent = 'Snapshot saved.';
  }

  private async copyShare() {
    const input = this.el<HTMLInputElement>('[data-share-url]');
    if (await copyText(input.value)) {
      this.el('[data-summary]').textContent = 'Share link copied.';
      return;
    }
    input.focus();
    input.select();
    this.el('[data-summary]').textContent = 'Copying was refused: the link is selected, press Ctrl+C (or ⌘C) to copy it.';
  }

  private askAdopt() {
    const mine = Object.values(this.saved.current.roles).some((r) => r.owner || r.rating) || this.saved.current.teamSize;
    if (mine) {
      this.el('[data-adopt-confirm]').hidden = false;
      this.el('[data-adopt-no]').focus();
    } else this.adopt();
  }

  private adopt() {
    if (!this.shared) return;
    this.saved.current = {
      teamSize: this.shared.teamSize,
      roles: Object.fromEntries(
        this.ids.map((id) => [id, { owner: this.shared!.scores[id]?.owner ?? null, rating: this.shared!.scores[id]?.maturity ?? null }]),
      ),
    };
    this.persist();
    this.leaveShared();
  }

  private leaveShared() {
    this.shared = null;
    history.replaceState(null, '', location.pathname);
    this.el('[data-adopt-confirm]').hidden = true;
    this.fillForm();
    this.render();
    this.el('[data-summary]').textContent = 'Showing your own answers.';
    // The buttons that had focus are hidden now: continue from the form.
    this.querySelector<HTMLInputElement>('[data-form] input')?.focus();
  }

  private compare() {
    const lines = this.el<HTMLTextAreaElement>('[data-team-links]')
      .value.split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const results: DecodedShare[] = [];
    const problems: string[] = [];
    lines.forEach((line, i) => {
      const r = decodeShare(line, this.ids);
      if (r.ok) results.push(r.value);
      else problems.push(`Line ${i + 1}: ${r.error}`);
    });
    const status = this.el('[data-team-status]');
    const table = this.el('[data-team-table]');
    if (results.length === 0) {
      status.textContent = problems.length ? problems.join(' ') : 'Paste at least one share link.';
      table.hidden = true;
      return;
    }
    const rows = teamView(results, this.ids);
    const disputed = mostDisputed(rows);
    const fmt = (n: number | null) => (n === null ? '–' : String(n));
    this.el('[data-team-rows]').replaceChildren(
      ...rows.map((r) => {
        const tr = document.createElement('tr');
        if (disputed.includes(r.role)) tr.className = 'disputed';
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = this.name(r.role);
        const cells = [
          String(r.count),
          fmt(r.lowest),
          fmt(r.median),
          fmt(r.highest),
          disputed.includes(r.role) ? `Most disagreement (${r.spread} levels apart)` : r.spread >= 2 ? 'Some disagreement' : 'Agreed',
        ];
        tr.append(th, ...cells.map((c) => Object.assign(document.createElement('td'), { textContent: c })));
        return tr;
      }),
    );
    table.hidden = false;
    status.textContent =
      `Compared ${results.length} result${results.length > 1 ? 's' : ''}.${disputed.length ? ` People disagree most on ${disputed.map((d) => this.name(d)).join(' and ')}.` : ''} ${problems.join(' ')}`.trim();
  }

  private exportRows() {
    const scores = this.scores();
    const gaps = rankGaps(scores, this.ids);
    return this.ids.map((id) => ({
      role: id,
      roleName: this.name(id),
      owner: scores[id]?.owner ?? '',
      maturity: scores[id]?.maturity ?? null,
      priority: gaps.find((g) => g.role === id)?.priority ?? null,
    }));
  }

  private json() {
    return JSON.stringify(
      {
        format: 'ownership-scorecard',
        version: 1,
        exported: new Date().toISOString(),
        teamSize: this.teamSize(),
        roles: this.exportRows(),
      },
      null,
      2,
    );
  }

  private item(text: string) {
    const li = document.createElement('li');
    li.textContent = text;
    return li;
  }

  private para(text: string) {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }

  private link(href: string, text: string) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    return a;
  }
}

customElements.define('ownership-scorecard', OwnershipScorecard);
