/**
 * 55 updates of GitHub's repository update body (`PATCH /repos/{owner}/{repo}`), for the type-check
 * benchmark: every field of the body, nested and indexed ones included, then the reviewers list grown.
 *
 * @example
 * ```ts
 * import { GITHUB_REPO_UPDATES } from './github-updates.js';
 * GITHUB_REPO_UPDATES.length; //=> 55
 * ```
 */
export const GITHUB_REPO_UPDATES: readonly (readonly [path: string, value: string | number | boolean])[] = [
  ['name', 'hello-world'],
  ['description', 'A repository'],
  ['homepage', 'https://octo.example'],
  ['private', true],
  ['visibility', 'private'],
  ['security_and_analysis.advanced_security.status', 'enabled'],
  ['security_and_analysis.code_security.status', 'enabled'],
  ['security_and_analysis.secret_scanning.status', 'enabled'],
  ['security_and_analysis.secret_scanning_push_protection.status', 'enabled'],
  ['security_and_analysis.secret_scanning_ai_detection.status', 'disabled'],
  ['security_and_analysis.secret_scanning_non_provider_patterns.status', 'enabled'],
  ['security_and_analysis.secret_scanning_delegated_alert_dismissal.status', 'enabled'],
  ['security_and_analysis.secret_scanning_delegated_bypass.status', 'enabled'],
  ['has_issues', true],
  ['has_projects', false],
  ['has_wiki', false],
  ['has_pull_requests', true],
  ['pull_request_creation_policy', 'collaborators_only'],
  ['is_template', false],
  ['default_branch', 'main'],
  ['allow_squash_merge', true],
  ['allow_merge_commit', false],
  ['allow_rebase_merge', true],
  ['allow_auto_merge', true],
  ['delete_branch_on_merge', true],
  ['allow_update_branch', true],
  ['use_squash_pr_title_as_default', true],
  ['squash_merge_commit_title', 'PR_TITLE'],
  ['squash_merge_commit_message', 'PR_BODY'],
  ['merge_commit_title', 'MERGE_MESSAGE'],
  ['merge_commit_message', 'PR_TITLE'],
  ['archived', false],
  ['allow_forking', true],
  ['web_commit_signoff_required', true],
  ...Array.from({ length: 7 }, (_, i) => [
    [`security_and_analysis.secret_scanning_delegated_bypass_options.reviewers[${i}].reviewer_id`, 100 + i] as const,
    [`security_and_analysis.secret_scanning_delegated_bypass_options.reviewers[${i}].reviewer_type`, i % 2 === 0 ? 'TEAM' : 'ROLE'] as const,
    [`security_and_analysis.secret_scanning_delegated_bypass_options.reviewers[${i}].mode`, 'ALWAYS'] as const,
  ]).flat(),
];
