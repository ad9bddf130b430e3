import { graphql } from '../../../generated';

export const REMINDER_LADDER_FIELDS = graphql(`
  fragment ReminderLadderFields on ReminderLadder {
    documentType
    days
    custom
  }
`);

export const REMINDER_LADDERS = graphql(`
  query ReminderLadders {
    reminderLadders {
      ...ReminderLadderFields
    }
  }
`);

export const UPDATE_REMINDER_LADDER = graphql(`
  mutation UpdateReminderLadder($input: UpdateReminderLadderInput!) {
    updateReminderLadder(input: $input) {
      ...ReminderLadderFields
    }
  }
`);
