// <onboarding-checklist>: saves ticks as they are made, restores them, shows progress and exports
// the plan with its ticks as Markdown (clipboard, with a visible fallback, or a .md download).
import { onboardingFileName, planTasks, planToMarkdown, progress, savedOnboarding, type SavedOnboarding } from '../lib/onboarding.ts';
import { copyWithFallback, downloadText } from './clipboard.ts';
import { isOnboardingChecklistData, type OnboardingChecklistData } from './onboarding-checklist-data.ts';
import { SavingWidgetElement } from './saving-widget-element.ts';

class OnboardingChecklist extends SavingWidgetElement<OnboardingChecklistData> {
  protected readonly isData = isOnboardingChecklistData;
  private saved!: SavedOnboarding;

  protected start() {
    this.saved = this.load(savedOnboarding);
    this.follow(savedOnboarding, (state) => {
      this.saved = state;
      this.render();
    });
    this.addEventListener('change', (e) => (e.target as HTMLInputElement).type === 'checkbox' && this.onTick());
    this.on('copy', 'click', () => void copyWithFallback(this, this.markdown(), this.find('status'), 'the plan as Markdown'));
    this.on('download', 'click', () =>
      downloadText(this, onboardingFileName(this.data.role), 'text/markdown', this.markdown(), this.find('status')),
    );
    this.render();
  }

  private get done(): string[] {
    return this.saved.roles[this.data.role]?.done ?? [];
  }

  private onTick() {
    const role = this.data.role;
    const done = this.findAll<HTMLInputElement>('task')
      .filter((b) => b.checked)
      .map((b) => b.value);
    this.saved = this.save(savedOnboarding, (stored) => {
      stored.roles[role] = { done, updated: new Date().toISOString() };
      return stored;
    });
    this.render();
  }

  /** Ticks and progress as saved. */
  private render() {
    const done = this.done;
    for (const box of this.findAll<HTMLInputElement>('task')) box.checked = done.includes(box.value);
    const p = progress(planTasks(this.data.plan), done);
    this.find('done').textContent = String(p.done);
    this.find<HTMLProgressElement>('progress').value = p.done;
  }

  private markdown() {
    return planToMarkdown(this.data.plan, this.done);
  }
}

customElements.define('onboarding-checklist', OnboardingChecklist);
