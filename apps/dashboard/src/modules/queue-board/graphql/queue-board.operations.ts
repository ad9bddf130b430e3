import { graphql } from '../../../generated';

export const QUEUE_BOARD_URL = graphql(`
  mutation QueueBoardUrl {
    queueBoardUrl
  }
`);
