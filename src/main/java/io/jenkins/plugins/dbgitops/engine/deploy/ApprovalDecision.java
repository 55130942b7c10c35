package io.jenkins.plugins.dbgitops.engine.deploy;

import java.util.Optional;

/**
 * Whether a rollout may go ahead as far as approval is concerned.
 *
 * @param approved   whether it may
 * @param approvedBy who approved, as recorded (the user, with the group that allowed it when a group did)
 * @param message    one line for the console: who approved, or who may approve
 */
public record ApprovalDecision(boolean approved, Optional<String> approvedBy, String message) {
}
