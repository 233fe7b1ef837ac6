/**
 * What the service keeps of voice conversations: one aggregate per session (average and peak stress, length, when it
 * started, how often the rules escalated), never audio, text or anything per utterance; each person may switch it off or delete it.
 */
package io.commerceresolver.conversation;
