/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    expiryWarningDays\n    requireTwoFactor\n  }\n": typeof types.AgencySettingsFieldsFragmentDoc,
    "\n  query AgencySettings {\n    me {\n      agency {\n        ...AgencySettingsFields\n      }\n    }\n  }\n": typeof types.AgencySettingsDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencySettingsFields\n    }\n  }\n": typeof types.UpdateAgencyDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query EntityAuditLog($subjectId: ID!, $after: String) {\n    auditLog(subjectId: $subjectId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor\n          action\n          subjectType\n          subjectId\n          changes\n        }\n      }\n    }\n  }\n": typeof types.EntityAuditLogDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      name\n      email\n      locale\n      timeZone\n      twoFactorEnabled\n    }\n    agency {\n      id\n      name\n      slug\n      timeZone\n      expiryWarningDays\n      requireTwoFactor\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": typeof types.RotateCalendarFeedDocument,
    "\n  fragment CaseStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    status\n    restrictedModules\n    freezeUntil\n  }\n": typeof types.CaseStoreFieldsFragmentDoc,
    "\n  fragment CaseListFields on VerificationCase {\n    id\n    site\n    status\n    trigger\n    deadlineAt\n    hoursRemaining\n    noticeReceivedAt\n    appointment {\n      id\n      startsAt\n      siteTimeZone\n    }\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      manager {\n        id\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CaseListFieldsFragmentDoc,
    "\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseListFields\n    createdAt\n    passedAt\n    cancelledAt\n    appointment {\n      id\n      site\n      startsAt\n      siteTimeZone\n      startsAtSiteLocal\n      startsAtAgencyLocal\n    }\n    representative {\n      id\n      fullName\n      role\n      idType\n      idNumberMasked\n      idExpiresOn\n      verificationStatus\n      verifiedAt\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n      verificationStatus\n      stores {\n        ...CaseStoreFields\n      }\n    }\n    affectedStores {\n      ...CaseStoreFields\n    }\n    checklist {\n      key\n      label\n      done\n    }\n    callPrepLink {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      lastOpenedAt\n      ready\n      answerNote\n      answeredAt\n    }\n    attempts {\n      id\n      outcome\n      occurredAt\n      failureReasons\n      freezeExtensionHours\n      note\n    }\n    readiness {\n      ready\n      issues {\n        code\n        severity\n        message\n        params\n        subjectId\n      }\n    }\n  }\n": typeof types.CaseDetailFieldsFragmentDoc,
    "\n  query VerificationCases($filter: VerificationCaseFilter, $first: Int, $after: String) {\n    verificationCases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n  }\n": typeof types.VerificationCasesDocument,
    "\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.VerificationCaseDocument,
    "\n  mutation OpenVerificationCase($input: OpenVerificationCaseInput!) {\n    openVerificationCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.OpenVerificationCaseDocument,
    "\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.ScheduleAppointmentDocument,
    "\n  mutation RecordAttempt($input: RecordAttemptInput!) {\n    recordAttempt(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.RecordAttemptDocument,
    "\n  mutation UpdateChecklist($input: ChecklistUpdateInput!) {\n    updateChecklist(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.UpdateChecklistDocument,
    "\n  mutation CancelVerificationCase($id: ID!) {\n    cancelVerificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.CancelVerificationCaseDocument,
    "\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    kind\n    name\n    targetHint\n    events\n    locale\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    enabled\n    disabledReason\n    consecutiveFailures\n    lastDeliveryAt\n    createdAt\n  }\n": typeof types.NotificationChannelFieldsFragmentDoc,
    "\n  fragment ChannelDeliveryFields on ChannelDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    sentAt\n    payload\n  }\n": typeof types.ChannelDeliveryFieldsFragmentDoc,
    "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n  }\n": typeof types.NotificationChannelsDocument,
    "\n  query ChannelDeliveries($first: Int, $after: String) {\n    notificationChannels {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ChannelDeliveryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChannelDeliveriesDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      signingSecret\n      channel {\n        ...NotificationChannelFields\n      }\n    }\n  }\n": typeof types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(id: $id, input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n": typeof types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": typeof types.DeleteNotificationChannelDocument,
    "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n": typeof types.TestNotificationChannelDocument,
    "\n  mutation RedeliverChannelDelivery($id: ID!) {\n    redeliverChannelDelivery(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n": typeof types.RedeliverChannelDeliveryDocument,
    "\n  query MyDigestPreview {\n    digestPreview {\n      subject\n      html\n      text\n      sections {\n        kind\n        title\n        items {\n          kind\n          title\n          detail\n          link\n        }\n      }\n    }\n  }\n": typeof types.MyDigestPreviewDocument,
    "\n  mutation SendTestDigest {\n    sendTestDigest\n  }\n": typeof types.SendTestDigestDocument,
    "\n  query MyDeliveries($first: Int, $after: String) {\n    myDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          subject\n          toEmail\n          createdAt\n          sentAt\n          attempts\n          lastError\n          htmlBody\n        }\n      }\n    }\n  }\n": typeof types.MyDeliveriesDocument,
    "\n  fragment PortfolioDocumentFields on Document {\n    id\n    type\n    number\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n    }\n  }\n": typeof types.PortfolioDocumentFieldsFragmentDoc,
    "\n  query PortfolioDocuments($filter: DocumentFilter, $first: Int, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PortfolioDocumentFields\n        }\n      }\n    }\n  }\n": typeof types.PortfolioDocumentsDocument,
    "\n  fragment EntityListItemFields on SellerEntity {\n    id\n    legalName\n    englishName\n    uscc\n    registeredRepresentativeName\n    verificationStatus\n    archivedAt\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    stores {\n      id\n      site\n      shopName\n      status\n    }\n    businessLicense {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n    }\n  }\n": typeof types.EntityListItemFieldsFragmentDoc,
    "\n  query EntitiesList($filter: SellerEntityFilter, $first: Int!, $after: String) {\n    sellerEntities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EntityListItemFields\n        }\n      }\n    }\n  }\n": typeof types.EntitiesListDocument,
    "\n  mutation EntitiesCreate($input: CreateSellerEntityInput!) {\n    createSellerEntity(input: $input) {\n      ...EntityListItemFields\n    }\n  }\n": typeof types.EntitiesCreateDocument,
    "\n  query EntityPage($id: ID!) {\n    sellerEntity(id: $id) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      createdAt\n      updatedAt\n      stores {\n        ...EntityStoreFields\n      }\n      representatives {\n        ...EntityRepresentativeFields\n      }\n      documents {\n        ...EntityDocumentFields\n      }\n      verificationCases {\n        id\n        site\n        status\n        deadlineAt\n        createdAt\n        representative {\n          id\n          fullName\n        }\n        appointment {\n          id\n          startsAt\n          siteTimeZone\n        }\n      }\n    }\n  }\n": typeof types.EntityPageDocument,
    "\n  mutation EntityUpdate($id: ID!, $input: UpdateSellerEntityInput!) {\n    updateSellerEntity(id: $id, input: $input) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      updatedAt\n    }\n  }\n": typeof types.EntityUpdateDocument,
    "\n  mutation EntityArchive($id: ID!) {\n    archiveSellerEntity(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.EntityArchiveDocument,
    "\n  query EntityOptions($search: String, $first: Int) {\n    sellerEntities(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          legalName\n          uscc\n          verificationStatus\n          representatives {\n            id\n            fullName\n            role\n          }\n          stores {\n            id\n            site\n            shopName\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntityOptionsDocument,
    "\n  query EntityOption($id: ID!) {\n    sellerEntity(id: $id) {\n      id\n      legalName\n      uscc\n      verificationStatus\n      representatives {\n        id\n        fullName\n        role\n      }\n      stores {\n        id\n        site\n        shopName\n        status\n      }\n    }\n  }\n": typeof types.EntityOptionDocument,
    "\n  fragment EntityDocumentFields on Document {\n    id\n    type\n    number\n    issuedOn\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    createdAt\n    representative {\n      id\n      fullName\n    }\n    file {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": typeof types.EntityDocumentFieldsFragmentDoc,
    "\n  mutation EntityRecordDocument($input: RecordDocumentInput!) {\n    recordDocument(input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n": typeof types.EntityRecordDocumentDocument,
    "\n  mutation EntityUpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n": typeof types.EntityUpdateDocumentDocument,
    "\n  fragment CallPrepLinkFields on CallPrepLink {\n    id\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    lastOpenedAt\n    ready\n    answerNote\n    answeredAt\n  }\n": typeof types.CallPrepLinkFieldsFragmentDoc,
    "\n  mutation CreateCallPrepLink($caseId: ID!) {\n    createCallPrepLink(caseId: $caseId) {\n      ...CallPrepLinkFields\n    }\n  }\n": typeof types.CreateCallPrepLinkDocument,
    "\n  mutation RevokeCallPrepLink($id: ID!) {\n    revokeCallPrepLink(id: $id) {\n      ...CallPrepLinkFields\n    }\n  }\n": typeof types.RevokeCallPrepLinkDocument,
    "\n  fragment DocumentRequestFields on DocumentRequest {\n    id\n    type\n    message\n    status\n    url\n    expiresAt\n    createdAt\n    submittedAt\n    submittedNumber\n    submittedIssuedOn\n    submittedExpiresOn\n    submittedLongTerm\n    submittedFiles {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    reviewNote\n    sellerEntity {\n      id\n      legalName\n    }\n    representative {\n      id\n      fullName\n    }\n    document {\n      id\n    }\n  }\n": typeof types.DocumentRequestFieldsFragmentDoc,
    "\n  mutation RequestDocument($input: RequestDocumentInput!) {\n    requestDocument(input: $input) {\n      ...DocumentRequestFields\n    }\n  }\n": typeof types.RequestDocumentDocument,
    "\n  mutation ReviewDocumentRequest($id: ID!, $accept: Boolean!, $note: String) {\n    reviewDocumentRequest(id: $id, accept: $accept, note: $note) {\n      ...DocumentRequestFields\n    }\n  }\n": typeof types.ReviewDocumentRequestDocument,
    "\n  query DocumentRequests($status: DocumentRequestStatus, $first: Int, $after: String) {\n    documentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DocumentRequestFields\n        }\n      }\n    }\n  }\n": typeof types.DocumentRequestsDocument,
    "\n  query DocumentRequestsAwaitingReview {\n    documentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.DocumentRequestsAwaitingReviewDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      field\n      code\n      message\n      value\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  mutation ImportPortfolio($csv: String!, $dryRun: Boolean) {\n    importPortfolio(csv: $csv, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportPortfolioDocument,
    "\n  mutation ImportPortfolioFile($fileId: ID!, $dryRun: Boolean) {\n    importPortfolioFile(fileId: $fileId, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportPortfolioFileDocument,
    "\n  fragment MemberFields on Member {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    role\n    createdAt\n    expiresAt\n    acceptUrl\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": typeof types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestEnabled\n    digestFrequency\n    mutedAlerts\n  }\n": typeof types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": typeof types.UpdateNotificationPreferencesDocument,
    "\n  query OverviewSummary {\n    me {\n      agency {\n        id\n        timeZone\n        expiryWarningDays\n      }\n    }\n    portfolioSummary {\n      sellerEntities\n      stores\n      openCases\n      overdueCases\n      expiringDocuments\n      expiredDocuments\n      bySite {\n        site\n        stores\n        affected\n        restricted\n      }\n    }\n  }\n": typeof types.OverviewSummaryDocument,
    "\n  query OverviewOpenCases($dueWithinHours: Int!, $after: String) {\n    verificationCases(filter: { dueWithinHours: $dueWithinHours }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          site\n          status\n          deadlineAt\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n          appointment {\n            id\n            site\n            startsAt\n            siteTimeZone\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverviewOpenCasesDocument,
    "\n  query OverviewExpiringDocuments($withinDays: Int!) {\n    documents(filter: { expiringWithinDays: $withinDays }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          number\n          expiresOn\n          daysUntilExpiry\n          status\n          sites\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverviewExpiringDocumentsDocument,
    "\n  query OverviewAffectedStores($after: String) {\n    affectedStores(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          store {\n            id\n            site\n            shopName\n            status\n            sellerEntity {\n              id\n              legalName\n              englishName\n            }\n          }\n          reasons {\n            code\n            dueOn\n            caseId\n            documentId\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverviewAffectedStoresDocument,
    "\n  query OverviewExpiryWeeks($weeks: Int!) {\n    documentExpiryWeeks(weeks: $weeks) {\n      weekStart\n      businessLicenses\n      idCards\n      documents\n    }\n  }\n": typeof types.OverviewExpiryWeeksDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      email\n      locale\n      timeZone\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation QueueBoardUrl {\n    queueBoardUrl\n  }\n": typeof types.QueueBoardUrlDocument,
    "\n  fragment ReminderLadderFields on ReminderLadder {\n    documentType\n    days\n    custom\n  }\n": typeof types.ReminderLadderFieldsFragmentDoc,
    "\n  query ReminderLadders {\n    reminderLadders {\n      ...ReminderLadderFields\n    }\n  }\n": typeof types.ReminderLaddersDocument,
    "\n  mutation UpdateReminderLadder($input: UpdateReminderLadderInput!) {\n    updateReminderLadder(input: $input) {\n      ...ReminderLadderFields\n    }\n  }\n": typeof types.UpdateReminderLadderDocument,
    "\n  fragment EntityRepresentativeFields on Representative {\n    id\n    fullName\n    role\n    idType\n    idNumberMasked\n    idExpiresOn\n    phoneMasked\n    verificationStatus\n    verifiedAt\n  }\n": typeof types.EntityRepresentativeFieldsFragmentDoc,
    "\n  mutation EntityAddRepresentative($input: AddRepresentativeInput!) {\n    addRepresentative(input: $input) {\n      ...EntityRepresentativeFields\n    }\n  }\n": typeof types.EntityAddRepresentativeDocument,
    "\n  mutation EntityRevealIdNumber($representativeId: ID!) {\n    revealIdNumber(representativeId: $representativeId)\n  }\n": typeof types.EntityRevealIdNumberDocument,
    "\n  fragment EntityStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    categories\n    status\n    restrictedModules\n    freezeUntil\n    statusChangedAt\n  }\n": typeof types.EntityStoreFieldsFragmentDoc,
    "\n  mutation EntityAddStore($input: AddStoreInput!) {\n    addStore(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n": typeof types.EntityAddStoreDocument,
    "\n  mutation EntityUpdateStoreStatus($input: UpdateStoreStatusInput!) {\n    updateStoreStatus(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n": typeof types.EntityUpdateStoreStatusDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": typeof types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query SignInSessions {\n    signInSessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ipAddress\n      current\n      device\n    }\n  }\n": typeof types.SignInSessionsDocument,
    "\n  mutation RevokeSignInSession($id: ID!) {\n    revokeSignInSession(id: $id)\n  }\n": typeof types.RevokeSignInSessionDocument,
    "\n  fragment DataExportFields on DataExport {\n    id\n    status\n    createdAt\n    readyAt\n    sizeBytes\n    url\n    expiresAt\n  }\n": typeof types.DataExportFieldsFragmentDoc,
    "\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n": typeof types.DataExportsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  mutation DeleteAgency($confirmName: String!) {\n    deleteAgency(confirmName: $confirmName)\n  }\n": typeof types.DeleteAgencyDocument,
};
const documents: Documents = {
    "\n  fragment AgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    expiryWarningDays\n    requireTwoFactor\n  }\n": types.AgencySettingsFieldsFragmentDoc,
    "\n  query AgencySettings {\n    me {\n      agency {\n        ...AgencySettingsFields\n      }\n    }\n  }\n": types.AgencySettingsDocument,
    "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencySettingsFields\n    }\n  }\n": types.UpdateAgencyDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query EntityAuditLog($subjectId: ID!, $after: String) {\n    auditLog(subjectId: $subjectId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor\n          action\n          subjectType\n          subjectId\n          changes\n        }\n      }\n    }\n  }\n": types.EntityAuditLogDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      name\n      email\n      locale\n      timeZone\n      twoFactorEnabled\n    }\n    agency {\n      id\n      name\n      slug\n      timeZone\n      expiryWarningDays\n      requireTwoFactor\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n": types.RotateCalendarFeedDocument,
    "\n  fragment CaseStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    status\n    restrictedModules\n    freezeUntil\n  }\n": types.CaseStoreFieldsFragmentDoc,
    "\n  fragment CaseListFields on VerificationCase {\n    id\n    site\n    status\n    trigger\n    deadlineAt\n    hoursRemaining\n    noticeReceivedAt\n    appointment {\n      id\n      startsAt\n      siteTimeZone\n    }\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      manager {\n        id\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CaseListFieldsFragmentDoc,
    "\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseListFields\n    createdAt\n    passedAt\n    cancelledAt\n    appointment {\n      id\n      site\n      startsAt\n      siteTimeZone\n      startsAtSiteLocal\n      startsAtAgencyLocal\n    }\n    representative {\n      id\n      fullName\n      role\n      idType\n      idNumberMasked\n      idExpiresOn\n      verificationStatus\n      verifiedAt\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n      verificationStatus\n      stores {\n        ...CaseStoreFields\n      }\n    }\n    affectedStores {\n      ...CaseStoreFields\n    }\n    checklist {\n      key\n      label\n      done\n    }\n    callPrepLink {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      lastOpenedAt\n      ready\n      answerNote\n      answeredAt\n    }\n    attempts {\n      id\n      outcome\n      occurredAt\n      failureReasons\n      freezeExtensionHours\n      note\n    }\n    readiness {\n      ready\n      issues {\n        code\n        severity\n        message\n        params\n        subjectId\n      }\n    }\n  }\n": types.CaseDetailFieldsFragmentDoc,
    "\n  query VerificationCases($filter: VerificationCaseFilter, $first: Int, $after: String) {\n    verificationCases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n  }\n": types.VerificationCasesDocument,
    "\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": types.VerificationCaseDocument,
    "\n  mutation OpenVerificationCase($input: OpenVerificationCaseInput!) {\n    openVerificationCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.OpenVerificationCaseDocument,
    "\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.ScheduleAppointmentDocument,
    "\n  mutation RecordAttempt($input: RecordAttemptInput!) {\n    recordAttempt(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.RecordAttemptDocument,
    "\n  mutation UpdateChecklist($input: ChecklistUpdateInput!) {\n    updateChecklist(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n": types.UpdateChecklistDocument,
    "\n  mutation CancelVerificationCase($id: ID!) {\n    cancelVerificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": types.CancelVerificationCaseDocument,
    "\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    kind\n    name\n    targetHint\n    events\n    locale\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    enabled\n    disabledReason\n    consecutiveFailures\n    lastDeliveryAt\n    createdAt\n  }\n": types.NotificationChannelFieldsFragmentDoc,
    "\n  fragment ChannelDeliveryFields on ChannelDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    sentAt\n    payload\n  }\n": types.ChannelDeliveryFieldsFragmentDoc,
    "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n  }\n": types.NotificationChannelsDocument,
    "\n  query ChannelDeliveries($first: Int, $after: String) {\n    notificationChannels {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ChannelDeliveryFields\n          }\n        }\n      }\n    }\n  }\n": types.ChannelDeliveriesDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      signingSecret\n      channel {\n        ...NotificationChannelFields\n      }\n    }\n  }\n": types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(id: $id, input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n": types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": types.DeleteNotificationChannelDocument,
    "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n": types.TestNotificationChannelDocument,
    "\n  mutation RedeliverChannelDelivery($id: ID!) {\n    redeliverChannelDelivery(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n": types.RedeliverChannelDeliveryDocument,
    "\n  query MyDigestPreview {\n    digestPreview {\n      subject\n      html\n      text\n      sections {\n        kind\n        title\n        items {\n          kind\n          title\n          detail\n          link\n        }\n      }\n    }\n  }\n": types.MyDigestPreviewDocument,
    "\n  mutation SendTestDigest {\n    sendTestDigest\n  }\n": types.SendTestDigestDocument,
    "\n  query MyDeliveries($first: Int, $after: String) {\n    myDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          subject\n          toEmail\n          createdAt\n          sentAt\n          attempts\n          lastError\n          htmlBody\n        }\n      }\n    }\n  }\n": types.MyDeliveriesDocument,
    "\n  fragment PortfolioDocumentFields on Document {\n    id\n    type\n    number\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n    }\n  }\n": types.PortfolioDocumentFieldsFragmentDoc,
    "\n  query PortfolioDocuments($filter: DocumentFilter, $first: Int, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PortfolioDocumentFields\n        }\n      }\n    }\n  }\n": types.PortfolioDocumentsDocument,
    "\n  fragment EntityListItemFields on SellerEntity {\n    id\n    legalName\n    englishName\n    uscc\n    registeredRepresentativeName\n    verificationStatus\n    archivedAt\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    stores {\n      id\n      site\n      shopName\n      status\n    }\n    businessLicense {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n    }\n  }\n": types.EntityListItemFieldsFragmentDoc,
    "\n  query EntitiesList($filter: SellerEntityFilter, $first: Int!, $after: String) {\n    sellerEntities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EntityListItemFields\n        }\n      }\n    }\n  }\n": types.EntitiesListDocument,
    "\n  mutation EntitiesCreate($input: CreateSellerEntityInput!) {\n    createSellerEntity(input: $input) {\n      ...EntityListItemFields\n    }\n  }\n": types.EntitiesCreateDocument,
    "\n  query EntityPage($id: ID!) {\n    sellerEntity(id: $id) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      createdAt\n      updatedAt\n      stores {\n        ...EntityStoreFields\n      }\n      representatives {\n        ...EntityRepresentativeFields\n      }\n      documents {\n        ...EntityDocumentFields\n      }\n      verificationCases {\n        id\n        site\n        status\n        deadlineAt\n        createdAt\n        representative {\n          id\n          fullName\n        }\n        appointment {\n          id\n          startsAt\n          siteTimeZone\n        }\n      }\n    }\n  }\n": types.EntityPageDocument,
    "\n  mutation EntityUpdate($id: ID!, $input: UpdateSellerEntityInput!) {\n    updateSellerEntity(id: $id, input: $input) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      updatedAt\n    }\n  }\n": types.EntityUpdateDocument,
    "\n  mutation EntityArchive($id: ID!) {\n    archiveSellerEntity(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.EntityArchiveDocument,
    "\n  query EntityOptions($search: String, $first: Int) {\n    sellerEntities(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          legalName\n          uscc\n          verificationStatus\n          representatives {\n            id\n            fullName\n            role\n          }\n          stores {\n            id\n            site\n            shopName\n            status\n          }\n        }\n      }\n    }\n  }\n": types.EntityOptionsDocument,
    "\n  query EntityOption($id: ID!) {\n    sellerEntity(id: $id) {\n      id\n      legalName\n      uscc\n      verificationStatus\n      representatives {\n        id\n        fullName\n        role\n      }\n      stores {\n        id\n        site\n        shopName\n        status\n      }\n    }\n  }\n": types.EntityOptionDocument,
    "\n  fragment EntityDocumentFields on Document {\n    id\n    type\n    number\n    issuedOn\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    createdAt\n    representative {\n      id\n      fullName\n    }\n    file {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n": types.EntityDocumentFieldsFragmentDoc,
    "\n  mutation EntityRecordDocument($input: RecordDocumentInput!) {\n    recordDocument(input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n": types.EntityRecordDocumentDocument,
    "\n  mutation EntityUpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n": types.EntityUpdateDocumentDocument,
    "\n  fragment CallPrepLinkFields on CallPrepLink {\n    id\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    lastOpenedAt\n    ready\n    answerNote\n    answeredAt\n  }\n": types.CallPrepLinkFieldsFragmentDoc,
    "\n  mutation CreateCallPrepLink($caseId: ID!) {\n    createCallPrepLink(caseId: $caseId) {\n      ...CallPrepLinkFields\n    }\n  }\n": types.CreateCallPrepLinkDocument,
    "\n  mutation RevokeCallPrepLink($id: ID!) {\n    revokeCallPrepLink(id: $id) {\n      ...CallPrepLinkFields\n    }\n  }\n": types.RevokeCallPrepLinkDocument,
    "\n  fragment DocumentRequestFields on DocumentRequest {\n    id\n    type\n    message\n    status\n    url\n    expiresAt\n    createdAt\n    submittedAt\n    submittedNumber\n    submittedIssuedOn\n    submittedExpiresOn\n    submittedLongTerm\n    submittedFiles {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    reviewNote\n    sellerEntity {\n      id\n      legalName\n    }\n    representative {\n      id\n      fullName\n    }\n    document {\n      id\n    }\n  }\n": types.DocumentRequestFieldsFragmentDoc,
    "\n  mutation RequestDocument($input: RequestDocumentInput!) {\n    requestDocument(input: $input) {\n      ...DocumentRequestFields\n    }\n  }\n": types.RequestDocumentDocument,
    "\n  mutation ReviewDocumentRequest($id: ID!, $accept: Boolean!, $note: String) {\n    reviewDocumentRequest(id: $id, accept: $accept, note: $note) {\n      ...DocumentRequestFields\n    }\n  }\n": types.ReviewDocumentRequestDocument,
    "\n  query DocumentRequests($status: DocumentRequestStatus, $first: Int, $after: String) {\n    documentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DocumentRequestFields\n        }\n      }\n    }\n  }\n": types.DocumentRequestsDocument,
    "\n  query DocumentRequestsAwaitingReview {\n    documentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n": types.DocumentRequestsAwaitingReviewDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      field\n      code\n      message\n      value\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  mutation ImportPortfolio($csv: String!, $dryRun: Boolean) {\n    importPortfolio(csv: $csv, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportPortfolioDocument,
    "\n  mutation ImportPortfolioFile($fileId: ID!, $dryRun: Boolean) {\n    importPortfolioFile(fileId: $fileId, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportPortfolioFileDocument,
    "\n  fragment MemberFields on Member {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    role\n    createdAt\n    expiresAt\n    acceptUrl\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n": types.UpdateMemberRoleDocument,
    "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestEnabled\n    digestFrequency\n    mutedAlerts\n  }\n": types.NotificationPreferencesFieldsFragmentDoc,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n": types.UpdateNotificationPreferencesDocument,
    "\n  query OverviewSummary {\n    me {\n      agency {\n        id\n        timeZone\n        expiryWarningDays\n      }\n    }\n    portfolioSummary {\n      sellerEntities\n      stores\n      openCases\n      overdueCases\n      expiringDocuments\n      expiredDocuments\n      bySite {\n        site\n        stores\n        affected\n        restricted\n      }\n    }\n  }\n": types.OverviewSummaryDocument,
    "\n  query OverviewOpenCases($dueWithinHours: Int!, $after: String) {\n    verificationCases(filter: { dueWithinHours: $dueWithinHours }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          site\n          status\n          deadlineAt\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n          appointment {\n            id\n            site\n            startsAt\n            siteTimeZone\n          }\n        }\n      }\n    }\n  }\n": types.OverviewOpenCasesDocument,
    "\n  query OverviewExpiringDocuments($withinDays: Int!) {\n    documents(filter: { expiringWithinDays: $withinDays }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          number\n          expiresOn\n          daysUntilExpiry\n          status\n          sites\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.OverviewExpiringDocumentsDocument,
    "\n  query OverviewAffectedStores($after: String) {\n    affectedStores(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          store {\n            id\n            site\n            shopName\n            status\n            sellerEntity {\n              id\n              legalName\n              englishName\n            }\n          }\n          reasons {\n            code\n            dueOn\n            caseId\n            documentId\n          }\n        }\n      }\n    }\n  }\n": types.OverviewAffectedStoresDocument,
    "\n  query OverviewExpiryWeeks($weeks: Int!) {\n    documentExpiryWeeks(weeks: $weeks) {\n      weekStart\n      businessLicenses\n      idCards\n      documents\n    }\n  }\n": types.OverviewExpiryWeeksDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      email\n      locale\n      timeZone\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation QueueBoardUrl {\n    queueBoardUrl\n  }\n": types.QueueBoardUrlDocument,
    "\n  fragment ReminderLadderFields on ReminderLadder {\n    documentType\n    days\n    custom\n  }\n": types.ReminderLadderFieldsFragmentDoc,
    "\n  query ReminderLadders {\n    reminderLadders {\n      ...ReminderLadderFields\n    }\n  }\n": types.ReminderLaddersDocument,
    "\n  mutation UpdateReminderLadder($input: UpdateReminderLadderInput!) {\n    updateReminderLadder(input: $input) {\n      ...ReminderLadderFields\n    }\n  }\n": types.UpdateReminderLadderDocument,
    "\n  fragment EntityRepresentativeFields on Representative {\n    id\n    fullName\n    role\n    idType\n    idNumberMasked\n    idExpiresOn\n    phoneMasked\n    verificationStatus\n    verifiedAt\n  }\n": types.EntityRepresentativeFieldsFragmentDoc,
    "\n  mutation EntityAddRepresentative($input: AddRepresentativeInput!) {\n    addRepresentative(input: $input) {\n      ...EntityRepresentativeFields\n    }\n  }\n": types.EntityAddRepresentativeDocument,
    "\n  mutation EntityRevealIdNumber($representativeId: ID!) {\n    revealIdNumber(representativeId: $representativeId)\n  }\n": types.EntityRevealIdNumberDocument,
    "\n  fragment EntityStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    categories\n    status\n    restrictedModules\n    freezeUntil\n    statusChangedAt\n  }\n": types.EntityStoreFieldsFragmentDoc,
    "\n  mutation EntityAddStore($input: AddStoreInput!) {\n    addStore(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n": types.EntityAddStoreDocument,
    "\n  mutation EntityUpdateStoreStatus($input: UpdateStoreStatusInput!) {\n    updateStoreStatus(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n": types.EntityUpdateStoreStatusDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n": types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n": types.DisableTwoFactorDocument,
    "\n  query SignInSessions {\n    signInSessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ipAddress\n      current\n      device\n    }\n  }\n": types.SignInSessionsDocument,
    "\n  mutation RevokeSignInSession($id: ID!) {\n    revokeSignInSession(id: $id)\n  }\n": types.RevokeSignInSessionDocument,
    "\n  fragment DataExportFields on DataExport {\n    id\n    status\n    createdAt\n    readyAt\n    sizeBytes\n    url\n    expiresAt\n  }\n": types.DataExportFieldsFragmentDoc,
    "\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n": types.DataExportsDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  mutation DeleteAgency($confirmName: String!) {\n    deleteAgency(confirmName: $confirmName)\n  }\n": types.DeleteAgencyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    expiryWarningDays\n    requireTwoFactor\n  }\n"): (typeof documents)["\n  fragment AgencySettingsFields on Agency {\n    id\n    name\n    slug\n    timeZone\n    expiryWarningDays\n    requireTwoFactor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgencySettings {\n    me {\n      agency {\n        ...AgencySettingsFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgencySettings {\n    me {\n      agency {\n        ...AgencySettingsFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencySettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgency($input: UpdateAgencyInput!) {\n    updateAgency(input: $input) {\n      ...AgencySettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    role\n    createdAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityAuditLog($subjectId: ID!, $after: String) {\n    auditLog(subjectId: $subjectId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor\n          action\n          subjectType\n          subjectId\n          changes\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityAuditLog($subjectId: ID!, $after: String) {\n    auditLog(subjectId: $subjectId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor\n          action\n          subjectType\n          subjectId\n          changes\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      name\n      email\n      locale\n      timeZone\n      twoFactorEnabled\n    }\n    agency {\n      id\n      name\n      slug\n      timeZone\n      expiryWarningDays\n      requireTwoFactor\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    role\n    user {\n      id\n      name\n      email\n      locale\n      timeZone\n      twoFactorEnabled\n    }\n    agency {\n      id\n      name\n      slug\n      timeZone\n      expiryWarningDays\n      requireTwoFactor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    token\n    expiresAt\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RotateCalendarFeed {\n    rotateCalendarFeed {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    status\n    restrictedModules\n    freezeUntil\n  }\n"): (typeof documents)["\n  fragment CaseStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    status\n    restrictedModules\n    freezeUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListFields on VerificationCase {\n    id\n    site\n    status\n    trigger\n    deadlineAt\n    hoursRemaining\n    noticeReceivedAt\n    appointment {\n      id\n      startsAt\n      siteTimeZone\n    }\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      manager {\n        id\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListFields on VerificationCase {\n    id\n    site\n    status\n    trigger\n    deadlineAt\n    hoursRemaining\n    noticeReceivedAt\n    appointment {\n      id\n      startsAt\n      siteTimeZone\n    }\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      manager {\n        id\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseListFields\n    createdAt\n    passedAt\n    cancelledAt\n    appointment {\n      id\n      site\n      startsAt\n      siteTimeZone\n      startsAtSiteLocal\n      startsAtAgencyLocal\n    }\n    representative {\n      id\n      fullName\n      role\n      idType\n      idNumberMasked\n      idExpiresOn\n      verificationStatus\n      verifiedAt\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n      verificationStatus\n      stores {\n        ...CaseStoreFields\n      }\n    }\n    affectedStores {\n      ...CaseStoreFields\n    }\n    checklist {\n      key\n      label\n      done\n    }\n    callPrepLink {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      lastOpenedAt\n      ready\n      answerNote\n      answeredAt\n    }\n    attempts {\n      id\n      outcome\n      occurredAt\n      failureReasons\n      freezeExtensionHours\n      note\n    }\n    readiness {\n      ready\n      issues {\n        code\n        severity\n        message\n        params\n        subjectId\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseListFields\n    createdAt\n    passedAt\n    cancelledAt\n    appointment {\n      id\n      site\n      startsAt\n      siteTimeZone\n      startsAtSiteLocal\n      startsAtAgencyLocal\n    }\n    representative {\n      id\n      fullName\n      role\n      idType\n      idNumberMasked\n      idExpiresOn\n      verificationStatus\n      verifiedAt\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n      verificationStatus\n      stores {\n        ...CaseStoreFields\n      }\n    }\n    affectedStores {\n      ...CaseStoreFields\n    }\n    checklist {\n      key\n      label\n      done\n    }\n    callPrepLink {\n      id\n      createdAt\n      expiresAt\n      revokedAt\n      lastOpenedAt\n      ready\n      answerNote\n      answeredAt\n    }\n    attempts {\n      id\n      outcome\n      occurredAt\n      failureReasons\n      freezeExtensionHours\n      note\n    }\n    readiness {\n      ready\n      issues {\n        code\n        severity\n        message\n        params\n        subjectId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationCases($filter: VerificationCaseFilter, $first: Int, $after: String) {\n    verificationCases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationCases($filter: VerificationCaseFilter, $first: Int, $after: String) {\n    verificationCases(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...CaseListFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVerificationCase($input: OpenVerificationCaseInput!) {\n    openVerificationCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVerificationCase($input: OpenVerificationCaseInput!) {\n    openVerificationCase(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleAppointment($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttempt($input: RecordAttemptInput!) {\n    recordAttempt(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttempt($input: RecordAttemptInput!) {\n    recordAttempt(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklist($input: ChecklistUpdateInput!) {\n    updateChecklist(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChecklist($input: ChecklistUpdateInput!) {\n    updateChecklist(input: $input) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelVerificationCase($id: ID!) {\n    cancelVerificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelVerificationCase($id: ID!) {\n    cancelVerificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    kind\n    name\n    targetHint\n    events\n    locale\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    enabled\n    disabledReason\n    consecutiveFailures\n    lastDeliveryAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    kind\n    name\n    targetHint\n    events\n    locale\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    enabled\n    disabledReason\n    consecutiveFailures\n    lastDeliveryAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChannelDeliveryFields on ChannelDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    sentAt\n    payload\n  }\n"): (typeof documents)["\n  fragment ChannelDeliveryFields on ChannelDelivery {\n    id\n    event\n    status\n    attempts\n    responseStatus\n    lastError\n    createdAt\n    sentAt\n    payload\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelDeliveries($first: Int, $after: String) {\n    notificationChannels {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ChannelDeliveryFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChannelDeliveries($first: Int, $after: String) {\n    notificationChannels {\n      id\n      deliveries(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n        edges {\n          cursor\n          node {\n            ...ChannelDeliveryFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      signingSecret\n      channel {\n        ...NotificationChannelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      signingSecret\n      channel {\n        ...NotificationChannelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(id: $id, input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationChannel($id: ID!, $input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(id: $id, input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeliverChannelDelivery($id: ID!) {\n    redeliverChannelDelivery(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RedeliverChannelDelivery($id: ID!) {\n    redeliverChannelDelivery(id: $id) {\n      ...ChannelDeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDigestPreview {\n    digestPreview {\n      subject\n      html\n      text\n      sections {\n        kind\n        title\n        items {\n          kind\n          title\n          detail\n          link\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDigestPreview {\n    digestPreview {\n      subject\n      html\n      text\n      sections {\n        kind\n        title\n        items {\n          kind\n          title\n          detail\n          link\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestDigest {\n    sendTestDigest\n  }\n"): (typeof documents)["\n  mutation SendTestDigest {\n    sendTestDigest\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeliveries($first: Int, $after: String) {\n    myDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          subject\n          toEmail\n          createdAt\n          sentAt\n          attempts\n          lastError\n          htmlBody\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDeliveries($first: Int, $after: String) {\n    myDeliveries(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          status\n          subject\n          toEmail\n          createdAt\n          sentAt\n          attempts\n          lastError\n          htmlBody\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortfolioDocumentFields on Document {\n    id\n    type\n    number\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n    }\n  }\n"): (typeof documents)["\n  fragment PortfolioDocumentFields on Document {\n    id\n    type\n    number\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    representative {\n      id\n      fullName\n    }\n    sellerEntity {\n      id\n      legalName\n      uscc\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortfolioDocuments($filter: DocumentFilter, $first: Int, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PortfolioDocumentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortfolioDocuments($filter: DocumentFilter, $first: Int, $after: String) {\n    documents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...PortfolioDocumentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityListItemFields on SellerEntity {\n    id\n    legalName\n    englishName\n    uscc\n    registeredRepresentativeName\n    verificationStatus\n    archivedAt\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    stores {\n      id\n      site\n      shopName\n      status\n    }\n    businessLicense {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment EntityListItemFields on SellerEntity {\n    id\n    legalName\n    englishName\n    uscc\n    registeredRepresentativeName\n    verificationStatus\n    archivedAt\n    manager {\n      id\n      user {\n        id\n        name\n      }\n    }\n    stores {\n      id\n      site\n      shopName\n      status\n    }\n    businessLicense {\n      id\n      expiresOn\n      daysUntilExpiry\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntitiesList($filter: SellerEntityFilter, $first: Int!, $after: String) {\n    sellerEntities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EntityListItemFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntitiesList($filter: SellerEntityFilter, $first: Int!, $after: String) {\n    sellerEntities(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EntityListItemFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntitiesCreate($input: CreateSellerEntityInput!) {\n    createSellerEntity(input: $input) {\n      ...EntityListItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation EntitiesCreate($input: CreateSellerEntityInput!) {\n    createSellerEntity(input: $input) {\n      ...EntityListItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityPage($id: ID!) {\n    sellerEntity(id: $id) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      createdAt\n      updatedAt\n      stores {\n        ...EntityStoreFields\n      }\n      representatives {\n        ...EntityRepresentativeFields\n      }\n      documents {\n        ...EntityDocumentFields\n      }\n      verificationCases {\n        id\n        site\n        status\n        deadlineAt\n        createdAt\n        representative {\n          id\n          fullName\n        }\n        appointment {\n          id\n          startsAt\n          siteTimeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityPage($id: ID!) {\n    sellerEntity(id: $id) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      createdAt\n      updatedAt\n      stores {\n        ...EntityStoreFields\n      }\n      representatives {\n        ...EntityRepresentativeFields\n      }\n      documents {\n        ...EntityDocumentFields\n      }\n      verificationCases {\n        id\n        site\n        status\n        deadlineAt\n        createdAt\n        representative {\n          id\n          fullName\n        }\n        appointment {\n          id\n          startsAt\n          siteTimeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityUpdate($id: ID!, $input: UpdateSellerEntityInput!) {\n    updateSellerEntity(id: $id, input: $input) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EntityUpdate($id: ID!, $input: UpdateSellerEntityInput!) {\n    updateSellerEntity(id: $id, input: $input) {\n      ...EntityListItemFields\n      businessScope\n      needsChineseSupport\n      chineseSupportRequested\n      violationsLast90Days\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityArchive($id: ID!) {\n    archiveSellerEntity(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EntityArchive($id: ID!) {\n    archiveSellerEntity(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityOptions($search: String, $first: Int) {\n    sellerEntities(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          legalName\n          uscc\n          verificationStatus\n          representatives {\n            id\n            fullName\n            role\n          }\n          stores {\n            id\n            site\n            shopName\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityOptions($search: String, $first: Int) {\n    sellerEntities(filter: { search: $search }, first: $first) {\n      edges {\n        node {\n          id\n          legalName\n          uscc\n          verificationStatus\n          representatives {\n            id\n            fullName\n            role\n          }\n          stores {\n            id\n            site\n            shopName\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityOption($id: ID!) {\n    sellerEntity(id: $id) {\n      id\n      legalName\n      uscc\n      verificationStatus\n      representatives {\n        id\n        fullName\n        role\n      }\n      stores {\n        id\n        site\n        shopName\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query EntityOption($id: ID!) {\n    sellerEntity(id: $id) {\n      id\n      legalName\n      uscc\n      verificationStatus\n      representatives {\n        id\n        fullName\n        role\n      }\n      stores {\n        id\n        site\n        shopName\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityDocumentFields on Document {\n    id\n    type\n    number\n    issuedOn\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    createdAt\n    representative {\n      id\n      fullName\n    }\n    file {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment EntityDocumentFields on Document {\n    id\n    type\n    number\n    issuedOn\n    expiresOn\n    daysUntilExpiry\n    status\n    sites\n    createdAt\n    representative {\n      id\n      fullName\n    }\n    file {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityRecordDocument($input: RecordDocumentInput!) {\n    recordDocument(input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EntityRecordDocument($input: RecordDocumentInput!) {\n    recordDocument(input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityUpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EntityUpdateDocument($id: ID!, $input: UpdateDocumentInput!) {\n    updateDocument(id: $id, input: $input) {\n      ...EntityDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallPrepLinkFields on CallPrepLink {\n    id\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    lastOpenedAt\n    ready\n    answerNote\n    answeredAt\n  }\n"): (typeof documents)["\n  fragment CallPrepLinkFields on CallPrepLink {\n    id\n    url\n    createdAt\n    expiresAt\n    revokedAt\n    lastOpenedAt\n    ready\n    answerNote\n    answeredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCallPrepLink($caseId: ID!) {\n    createCallPrepLink(caseId: $caseId) {\n      ...CallPrepLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCallPrepLink($caseId: ID!) {\n    createCallPrepLink(caseId: $caseId) {\n      ...CallPrepLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCallPrepLink($id: ID!) {\n    revokeCallPrepLink(id: $id) {\n      ...CallPrepLinkFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCallPrepLink($id: ID!) {\n    revokeCallPrepLink(id: $id) {\n      ...CallPrepLinkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentRequestFields on DocumentRequest {\n    id\n    type\n    message\n    status\n    url\n    expiresAt\n    createdAt\n    submittedAt\n    submittedNumber\n    submittedIssuedOn\n    submittedExpiresOn\n    submittedLongTerm\n    submittedFiles {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    reviewNote\n    sellerEntity {\n      id\n      legalName\n    }\n    representative {\n      id\n      fullName\n    }\n    document {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentRequestFields on DocumentRequest {\n    id\n    type\n    message\n    status\n    url\n    expiresAt\n    createdAt\n    submittedAt\n    submittedNumber\n    submittedIssuedOn\n    submittedExpiresOn\n    submittedLongTerm\n    submittedFiles {\n      id\n      filename\n      contentType\n      sizeBytes\n      url\n    }\n    reviewNote\n    sellerEntity {\n      id\n      legalName\n    }\n    representative {\n      id\n      fullName\n    }\n    document {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDocument($input: RequestDocumentInput!) {\n    requestDocument(input: $input) {\n      ...DocumentRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDocument($input: RequestDocumentInput!) {\n    requestDocument(input: $input) {\n      ...DocumentRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewDocumentRequest($id: ID!, $accept: Boolean!, $note: String) {\n    reviewDocumentRequest(id: $id, accept: $accept, note: $note) {\n      ...DocumentRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewDocumentRequest($id: ID!, $accept: Boolean!, $note: String) {\n    reviewDocumentRequest(id: $id, accept: $accept, note: $note) {\n      ...DocumentRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentRequests($status: DocumentRequestStatus, $first: Int, $after: String) {\n    documentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DocumentRequestFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentRequests($status: DocumentRequestStatus, $first: Int, $after: String) {\n    documentRequests(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          ...DocumentRequestFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentRequestsAwaitingReview {\n    documentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DocumentRequestsAwaitingReview {\n    documentRequests(status: SUBMITTED, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      field\n      code\n      message\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on ImportReport {\n    dryRun\n    created\n    updated\n    unchanged\n    errors {\n      row\n      field\n      code\n      message\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPortfolio($csv: String!, $dryRun: Boolean) {\n    importPortfolio(csv: $csv, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPortfolio($csv: String!, $dryRun: Boolean) {\n    importPortfolio(csv: $csv, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPortfolioFile($fileId: ID!, $dryRun: Boolean) {\n    importPortfolioFile(fileId: $fileId, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPortfolioFile($fileId: ID!, $dryRun: Boolean) {\n    importPortfolioFile(fileId: $fileId, dryRun: $dryRun) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Member {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Member {\n    id\n    role\n    createdAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    role\n    createdAt\n    expiresAt\n    acceptUrl\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    name\n    role\n    createdAt\n    expiresAt\n    acceptUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {\n    updateMemberRole(input: $input) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($id: ID!) {\n    removeMember(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestEnabled\n    digestFrequency\n    mutedAlerts\n  }\n"): (typeof documents)["\n  fragment NotificationPreferencesFields on NotificationPreferences {\n    digestEnabled\n    digestFrequency\n    mutedAlerts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {\n    updateNotificationPreferences(input: $input) {\n      ...NotificationPreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewSummary {\n    me {\n      agency {\n        id\n        timeZone\n        expiryWarningDays\n      }\n    }\n    portfolioSummary {\n      sellerEntities\n      stores\n      openCases\n      overdueCases\n      expiringDocuments\n      expiredDocuments\n      bySite {\n        site\n        stores\n        affected\n        restricted\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewSummary {\n    me {\n      agency {\n        id\n        timeZone\n        expiryWarningDays\n      }\n    }\n    portfolioSummary {\n      sellerEntities\n      stores\n      openCases\n      overdueCases\n      expiringDocuments\n      expiredDocuments\n      bySite {\n        site\n        stores\n        affected\n        restricted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewOpenCases($dueWithinHours: Int!, $after: String) {\n    verificationCases(filter: { dueWithinHours: $dueWithinHours }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          site\n          status\n          deadlineAt\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n          appointment {\n            id\n            site\n            startsAt\n            siteTimeZone\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewOpenCases($dueWithinHours: Int!, $after: String) {\n    verificationCases(filter: { dueWithinHours: $dueWithinHours }, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          site\n          status\n          deadlineAt\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n          appointment {\n            id\n            site\n            startsAt\n            siteTimeZone\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewExpiringDocuments($withinDays: Int!) {\n    documents(filter: { expiringWithinDays: $withinDays }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          number\n          expiresOn\n          daysUntilExpiry\n          status\n          sites\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewExpiringDocuments($withinDays: Int!) {\n    documents(filter: { expiringWithinDays: $withinDays }, first: 100) {\n      totalCount\n      edges {\n        node {\n          id\n          type\n          number\n          expiresOn\n          daysUntilExpiry\n          status\n          sites\n          sellerEntity {\n            id\n            legalName\n          }\n          representative {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewAffectedStores($after: String) {\n    affectedStores(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          store {\n            id\n            site\n            shopName\n            status\n            sellerEntity {\n              id\n              legalName\n              englishName\n            }\n          }\n          reasons {\n            code\n            dueOn\n            caseId\n            documentId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewAffectedStores($after: String) {\n    affectedStores(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          store {\n            id\n            site\n            shopName\n            status\n            sellerEntity {\n              id\n              legalName\n              englishName\n            }\n          }\n          reasons {\n            code\n            dueOn\n            caseId\n            documentId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewExpiryWeeks($weeks: Int!) {\n    documentExpiryWeeks(weeks: $weeks) {\n      weekStart\n      businessLicenses\n      idCards\n      documents\n    }\n  }\n"): (typeof documents)["\n  query OverviewExpiryWeeks($weeks: Int!) {\n    documentExpiryWeeks(weeks: $weeks) {\n      weekStart\n      businessLicenses\n      idCards\n      documents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      email\n      locale\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      email\n      locale\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QueueBoardUrl {\n    queueBoardUrl\n  }\n"): (typeof documents)["\n  mutation QueueBoardUrl {\n    queueBoardUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReminderLadderFields on ReminderLadder {\n    documentType\n    days\n    custom\n  }\n"): (typeof documents)["\n  fragment ReminderLadderFields on ReminderLadder {\n    documentType\n    days\n    custom\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderLadders {\n    reminderLadders {\n      ...ReminderLadderFields\n    }\n  }\n"): (typeof documents)["\n  query ReminderLadders {\n    reminderLadders {\n      ...ReminderLadderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReminderLadder($input: UpdateReminderLadderInput!) {\n    updateReminderLadder(input: $input) {\n      ...ReminderLadderFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReminderLadder($input: UpdateReminderLadderInput!) {\n    updateReminderLadder(input: $input) {\n      ...ReminderLadderFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityRepresentativeFields on Representative {\n    id\n    fullName\n    role\n    idType\n    idNumberMasked\n    idExpiresOn\n    phoneMasked\n    verificationStatus\n    verifiedAt\n  }\n"): (typeof documents)["\n  fragment EntityRepresentativeFields on Representative {\n    id\n    fullName\n    role\n    idType\n    idNumberMasked\n    idExpiresOn\n    phoneMasked\n    verificationStatus\n    verifiedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityAddRepresentative($input: AddRepresentativeInput!) {\n    addRepresentative(input: $input) {\n      ...EntityRepresentativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation EntityAddRepresentative($input: AddRepresentativeInput!) {\n    addRepresentative(input: $input) {\n      ...EntityRepresentativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityRevealIdNumber($representativeId: ID!) {\n    revealIdNumber(representativeId: $representativeId)\n  }\n"): (typeof documents)["\n  mutation EntityRevealIdNumber($representativeId: ID!) {\n    revealIdNumber(representativeId: $representativeId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    categories\n    status\n    restrictedModules\n    freezeUntil\n    statusChangedAt\n  }\n"): (typeof documents)["\n  fragment EntityStoreFields on Store {\n    id\n    site\n    shopName\n    lazadaSellerId\n    categories\n    status\n    restrictedModules\n    freezeUntil\n    statusChangedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityAddStore($input: AddStoreInput!) {\n    addStore(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n"): (typeof documents)["\n  mutation EntityAddStore($input: AddStoreInput!) {\n    addStore(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EntityUpdateStoreStatus($input: UpdateStoreStatusInput!) {\n    updateStoreStatus(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n"): (typeof documents)["\n  mutation EntityUpdateStoreStatus($input: UpdateStoreStatusInput!) {\n    updateStoreStatus(input: $input) {\n      ...EntityStoreFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInSessions {\n    signInSessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ipAddress\n      current\n      device\n    }\n  }\n"): (typeof documents)["\n  query SignInSessions {\n    signInSessions {\n      id\n      createdAt\n      lastUsedAt\n      userAgent\n      ipAddress\n      current\n      device\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSignInSession($id: ID!) {\n    revokeSignInSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSignInSession($id: ID!) {\n    revokeSignInSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExportFields on DataExport {\n    id\n    status\n    createdAt\n    readyAt\n    sizeBytes\n    url\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment DataExportFields on DataExport {\n    id\n    status\n    createdAt\n    readyAt\n    sizeBytes\n    url\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  query DataExports {\n    dataExports {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport {\n    requestDataExport {\n      ...DataExportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAgency($confirmName: String!) {\n    deleteAgency(confirmName: $confirmName)\n  }\n"): (typeof documents)["\n  mutation DeleteAgency($confirmName: String!) {\n    deleteAgency(confirmName: $confirmName)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;