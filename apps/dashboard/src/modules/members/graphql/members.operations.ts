import { graphql } from '../../../generated';

export const MEMBER_FIELDS = graphql(`
  fragment MemberFields on Member {
    id
    role
    createdAt
    user {
      id
      name
      email
    }
  }
`);

export const INVITATION_FIELDS = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    name
    role
    createdAt
    expiresAt
    acceptUrl
  }
`);

export const MEMBERS = graphql(`
  query Members {
    members {
      ...MemberFields
    }
  }
`);

export const INVITATIONS = graphql(`
  query Invitations {
    invitations {
      ...InvitationFields
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...InvitationFields
    }
  }
`);

export const REVOKE_INVITATION = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
    }
  }
`);

export const UPDATE_MEMBER_ROLE = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      ...MemberFields
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id) {
      id
    }
  }
`);
