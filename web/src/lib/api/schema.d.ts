/**
 * Generated from the server's OpenAPI document by `npm run gen:api` (openapi-typescript). Do not edit:
 * change the route schemas in src/modules and generate again.
 */

export interface paths {
    "/wijken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The wijken (districts) of the municipality, with population and number of offers */
        get: operations["listWijken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wijken/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One wijk, with its boundary and its buurten */
        get: operations["getWijk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is logged in */
        get: operations["getCurrentSession"];
        put?: never;
        post?: never;
        /** Log out */
        delete: operations["deleteCurrentSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in: staff with e-mail and password, residents with the token from their e-mail link */
        post: operations["createSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a resident a login link by e-mail
         * @description Always answers 202, whether or not the address belongs to a holder.
         */
        post: operations["createLoginLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/outbox-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Development only: e-mails the platform would have sent */
        get: operations["listOutboxMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider with its locations (its own staff and the pass organisation) */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a location (provider admins and the pass organisation)
         * @description The wijk and buurt are derived from the position by point-in-polygon on the CBS geometry; a position outside the municipality is refused.
         */
        post: operations["createProviderLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a location (provider admins and the pass organisation) */
        put: operations["updateProviderLocation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a provider: all its offers leave the catalogue and the till (pass organisation) */
        post: operations["suspendProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's staff: till staff and admins (provider admins) */
        get: operations["listProviderStaff"];
        put?: never;
        /**
         * Invite a staff member by e-mail, as till staff or admin (provider admins)
         * @description They get an e-mail with a login link that works for 7 days. An address that already has this role gives 409.
         */
        post: operations["inviteProviderStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/staff/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a staff member: logged out at once (provider admins) */
        delete: operations["removeProviderStaff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/bank-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider's payouts go (provider admins and the pass organisation) */
        get: operations["getProviderBankAccount"];
        /**
         * Set the IBAN the provider's payouts go to (provider admins and the pass organisation)
         * @description The IBAN is checked (ISO 13616: length per country and mod-97 check digits); spaces and lowercase are accepted.
         */
        put: operations["setProviderBankAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's API tokens for till systems (provider admins) */
        get: operations["listProviderApiTokens"];
        put?: never;
        /** Create an API token for a till system (provider admins); the secret is shown once */
        post: operations["createProviderApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/api-tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token (provider admins): till systems using it are refused from now on */
        delete: operations["revokeProviderApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offers/{offerId}/payment-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set who bears an offer's discount and whether pass credit may pay there (pass organisation only)
         * @description discountBorneBy scheme needs discountSchemeId, a credit scheme of this municipality; the other two take none. The rules apply to redemptions from now on: a redemption booked before keeps its booking, also when it is cancelled.
         */
        put: operations["setOfferPaymentRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's own offers in every state (its staff and the pass organisation) */
        get: operations["listProviderOffers"];
        put?: never;
        /** Make a draft offer (provider admins) */
        post: operations["createProviderOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the provider’s offers, with changes that wait for moderation */
        get: operations["getProviderOffer"];
        /** Change an offer: a draft at once; a published one after moderation (the pass organisation: at once) */
        put: operations["updateProviderOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}/status-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for moderation, pause, resume or end an offer */
        post: operations["changeProviderOfferStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set how many are left (no moderation) */
        put: operations["setProviderOfferStock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/offers/{offerId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change to the offer: who, when, what */
        get: operations["listProviderOfferEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offer-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers and changes that wait for moderation, oldest first (pass organisation) */
        get: operations["listOfferReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offer-reviews/{offerId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an offer (or its changes), or ask for changes with a comment (pass organisation)
         * @description Send the version you looked at: when another moderator decided first, or the offer changed since, the answer is 409.
         */
        post: operations["decideOfferReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offer-reviews/{offerId}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend an offer: off the catalogue and the till at once (pass organisation) */
        post: operations["suspendOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the public offer catalogue
         * @description Published offers that have not ended. With `q`, ordered by relevance; otherwise by title. Filters combine (AND).
         */
        get: operations["listOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published offer, with its provider, locations and conditions */
        get: operations["getOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The routes (themes) of the catalogue, with the number of offers in each */
        get: operations["listRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer categories, in Dutch and English */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My pass: number, validity and the passes of my children */
        get: operations["getMyPass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/pass/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fresh QR code for my pass, or for one of my children's passes
         * @description The code changes every 30 seconds; a till accepts it until expiresAt.
         */
        get: operations["getMyPassQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What I and my children used the pass for, newest first */
        get: operations["listMyRedemptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/ledger-export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the complete ledger: accounts, entries, lines and settlements (pass organisation only)
         * @description JSON (accounts, entries with their lines, settlement runs, settlements and the lines they cover), CSV (one row per journal line, columns: format_version, entry_id, entry_kind, entry_reference, entry_description, occurred_at, recorded_at, reverses_entry_id, line_no, account_id, account_type, account_name, scheme_id, pass_number, provider_id, amount_cents) or settlements-csv (one row per journal line a settlement covers, columns: format_version, run_id, period_start, period_end, settlement_id, provider_id, creditor_name, creditor_iban, creditor_bic, settlement_amount_cents, settlement_entry_id, status, paid_on, payment_entry_id, payment_source, payment_reference, covered_entry_id, covered_line_no, covered_amount_cents). The format is described in docs/ledger.md.
         */
        get: operations["exportLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ledger-entries/{entryId}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a journal entry by booking its reversal (pass organisation only)
         * @description Books the mirror image of the entry. Reversing the same entry again returns the first reversal. A reversal that would make pass credit negative is refused.
         */
        post: operations["reverseLedgerEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/till/passes/{passIdentifier}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offers of my provider for this pass, each with the price to charge now
         * @description passIdentifier is the number on the card (spaces allowed) or the content of the QR code in the app, URL-encoded. A mistyped number or stale QR code gives 400 pass-number-invalid, an unknown pass 404 pass-not-found, a blocked or expired pass 409 pass-blocked or pass-expired. The answer holds the price to charge and nothing else about the holder.
         */
        get: operations["listTillOffersForPass"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redemptions, newest first: my provider's, or all for the pass organisation */
        get: operations["listRedemptions"];
        put?: never;
        /**
         * Redeem an offer with a pass
         * @description Books one use of the offer, exactly once: per-pass limits and stock hold under any number of tills. Refusals are problem+json with a type per rule: pass-not-found, pass-number-invalid, pass-blocked, pass-expired, offer-not-found, offer-of-other-provider, offer-not-available, offer-not-valid-today, offer-sold-out, limit-reached. With creditCents the holder pays that part of the price from pass credit (creditAvailableCents of the till list says how much can): more than the pass can spend at this offer (an offer that takes no credit: 0) gives 409 credit-insufficient, more than the price 400; the redemption and its payment are booked together or not at all. A retry with the same Idempotency-Key and body gets the first answer again (refusals included); the same key with another body gives 422 idempotency-key-reused.
         */
        post: operations["createRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/redemptions/{redemptionId}/cancellation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a mistaken redemption, within 30 minutes
         * @description Only the provider that booked it can cancel. The use no longer counts for the per-pass limit and the stock gets it back; a payment from pass credit goes back onto the pass. Cancelling a cancelled redemption answers its current state; after 30 minutes the answer is 409 redemption-not-cancellable.
         */
        post: operations["cancelRedemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit schemes with their budget and outstanding credit (pass organisation only) */
        get: operations["listCreditSchemes"];
        put?: never;
        /** Start a credit scheme, optionally with its initial budget */
        post: operations["createCreditScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One credit scheme */
        get: operations["getCreditScheme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/fundings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add budget to the scheme fund, from the municipality's bank */
        post: operations["fundCreditScheme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/loads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load credit onto one pass
         * @description Without amountCents the scheme's amount per pass is loaded. Give a reference to make retries safe: a load is booked once per (scheme, pass, reference).
         */
        post: operations["loadCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/bulk-loads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load credit onto many passes from a CSV file
         * @description Body: text/csv with a header row and the columns passNumber and amountCents (whole cents) or amount (euros, "12,50" or "12.50"); an empty amount loads the scheme's amount per pass; comma or semicolon separated. With dryRun=true every row is checked and every bad row reported, and nothing is booked. A real run books all rows in one transaction, or nothing when any row is bad (400 listing every bad row). Loads are booked once per (scheme, pass, reference); the reference defaults to a hash of the file, so uploading the same file again books nothing twice.
         */
        post: operations["bulkLoadCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit-schemes/{schemeId}/expiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After the last day of a scheme, book the credit left on passes back to the scheme fund
         * @description Safe to run again: credit already expired is not booked twice.
         */
        post: operations["expireCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My credit per scheme, with its history (also on my children's passes) */
        get: operations["getOwnCredit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-prices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a pass costs per pass year, and how much of it goes to the actiebudget */
        get: operations["getPassPrices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a pass (and child passes); answers where to pay
         * @description Logged in as a resident: the order is in your name. Not logged in: give buyer (name, e-mail, wijk); you become a resident and log in later with an e-mail link. Nothing is booked and no pass exists until the payment provider confirms the payment.
         */
        post: operations["createPassOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of a pass order (after the checkout) */
        get: operations["getPassOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/pass-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pass orders, newest first (pass organisation only) */
        get: operations["listPassOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pass-orders/{orderId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a paid order in full: pays back, books the reversal, blocks its passes (pass organisation only) */
        post: operations["refundPassOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payment-webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Webhook of a payment provider: a payment changed
         * @description Body `{ "id": "<payment id>" }` as JSON or as a form (Mollie). The body is never trusted: the payment's status and amount are fetched from the provider; only a paid payment of exactly the order's amount is booked, once.
         */
        post: operations["receivePaymentWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test-payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment of the built-in TEST provider (no real money) */
        get: operations["getTestPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/test-payments/{paymentId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a TEST payment as paid, failed or canceled; the test provider then calls our webhook */
        post: operations["completeTestPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sponsor-pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sponsor pledges with what was received, newest first (pass organisation only) */
        get: operations["listSponsorPledges"];
        put?: never;
        /** Record a sponsor's pledge to the actiebudget (books nothing) */
        post: operations["createSponsorPledge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sponsor-pledges/{pledgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sponsor pledge */
        get: operations["getSponsorPledge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sponsor-pledges/{pledgeId}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a sponsor's bank transfer: books it onto the actiebudget
         * @description Books kind sponsor_contribution (see docs/ledger.md), once per bank reference: the same reference again answers 200 with created=false; the same reference with another pledge, amount or date answers 409.
         */
        post: operations["receiveSponsorContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-budget/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public: where the actiebudget came from and went to, per month of a year
         * @description In: pass sales, sponsors, other. Out: grants to activities, by wijk and by activity, and other spending. openingBalanceCents + totals.inCents - totals.outCents = closingBalanceCents. No personal data; sponsors are named only when they agreed to it.
         */
        get: operations["getActionBudgetSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/action-budget/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grants from the actiebudget, newest first (pass organisation only) */
        get: operations["listActionBudgetGrants"];
        put?: never;
        /**
         * Spend actiebudget on an activity in a wijk
         * @description Books action_budget → provider_payable of the community centre when given, else → the municipality's bank. Refused (409) when the actiebudget does not cover it. Booked once per reference.
         */
        post: operations["createActionBudgetGrant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Settlement runs, newest period first (pass organisation only) */
        get: operations["listSettlementRuns"];
        put?: never;
        /**
         * Settle every provider's open payable for a closed period (pass organisation only)
         * @description Default period: last calendar month. Making the run for the same period again returns the first run and books nothing. A period that has not ended (periodEnd must be before today) or overlaps another run is refused.
         */
        post: operations["createSettlementRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A settlement run with its settlements and blocked providers (pass organisation only) */
        get: operations["getSettlementRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs/{runId}/sepa-credit-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The SEPA credit-transfer file (pain.001.001.09) of a run, for the municipality's bank (pass organisation only)
         * @description One transaction per settlement; EndToEndId is the settlement id without hyphens. The MsgId is fixed per run, so the bank refuses a second upload.
         */
        get: operations["getSettlementRunCreditTransfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlement-runs/{runId}/bank-statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload the bank's camt.053 statement: settlements it shows as paid are marked paid (pass organisation only)
         * @description Matches each booked debit transaction by EndToEndId and amount. Uploading the same statement again changes nothing.
         */
        post: operations["uploadSettlementBankStatement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlements/{settlementId}/payment-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm by hand that the bank paid a settlement (pass organisation only) */
        post: operations["confirmSettlementPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/settlements/{settlementId}/statement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The PDF statement of a settlement: every redemption of the period (the provider's admins and the pass organisation) */
        get: operations["getSettlementStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's settlements, newest period first (its admins and the pass organisation) */
        get: operations["listProviderSettlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/holders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pass holders with their current pass (pass organisation only)
         * @description q matches the name, the e-mail address or the pass number.
         */
        get: operations["listAdminHolders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Providers with counts of locations, offers and redemptions (pass organisation only)
         * @description q matches the provider's name.
         */
        get: operations["listAdminProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Offers of all providers, drafts included (pass organisation only)
         * @description q matches the title or the provider's name.
         */
        get: operations["listAdminOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer, with its payment rules (pass organisation only) */
        get: operations["getAdminOffer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ups, newest first (pass organisation) */
        get: operations["listProviderApplications"];
        put?: never;
        /**
         * Sign an organisation up as a provider of the pass (anyone)
         * @description A business gives its KvK number (8 digits); the IBAN is checked (mod-97); the terms must be accepted. The pass organisation decides.
         */
        post: operations["createProviderApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sign-up (pass organisation) */
        get: operations["getProviderApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a sign-up: creates the provider and its first admin, who gets a login link by e-mail */
        post: operations["approveProviderApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the applicant questions (sent by e-mail); the sign-up stays open */
        post: operations["askProviderApplicationQuestions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/provider-applications/{applicationId}/declination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a sign-up */
        post: operations["declineProviderApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/providers/{providerId}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The provider's own figures: redemptions per week and month, reach, turnover (provider admins)
         * @description Figures about holders (unique holders, reach per wijk and route) are hidden below 10 people (`suppressed`). Nothing says which holders are minima or carers.
         */
        get: operations["getProviderFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            /** @description URI that identifies the kind of problem */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            invalidParams?: {
                name: string;
                code: string;
                reason: string;
            }[];
        };
        CreditScheme: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            /** @description Amount in euro cents, a positive whole number */
            amountPerPassCents: number;
            /** @description Pass categories that may receive this credit; empty: all */
            eligiblePassCategories: ("regular" | "low_income" | "carer" | "child")[];
            /** @description Offer category slugs where the credit can be spent; empty: all offers */
            spendableOfferCategories: string[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            validUntil: string;
            /** @description Budget left in the scheme fund */
            fundBalanceCents: number;
            /** @description Credit on passes that is not spent or expired */
            outstandingCreditCents: number;
            passesWithCredit: number;
            /** Format: date-time */
            createdAt: string;
        };
        SponsorReceipt: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            pledgeId: string;
            /** @description Amount in euro cents, a positive whole number */
            amountCents: number;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            receivedOn: string;
            bankReference: string;
            /** Format: uuid */
            entryId: string;
            /** @description The booking was corrected by a reversal */
            reversed: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        SponsorPledge: {
            /** Format: uuid */
            id: string;
            sponsor: {
                /** Format: uuid */
                id: string;
                name: string;
                contactName: string | null;
                contactEmail: string | null;
                providerId: string | null;
            };
            /** @description Amount in euro cents, a positive whole number */
            amountCents: number;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            expectedOn: string;
            publicityText: string;
            /** @description The sponsor agreed to be named on the public actiebudget page */
            publicityAgreed: boolean;
            receivedCents: number;
            outstandingCents: number;
            status: "pledged" | "partly-received" | "received";
            receipts: components["schemas"]["SponsorReceipt"][];
            /** Format: date-time */
            createdAt: string;
        };
        ActionBudgetGrant: {
            /** Format: uuid */
            id: string;
            reference: string;
            activityName: string;
            wijk: {
                code: string;
                name: string;
            };
            /** @description Amount in euro cents, a positive whole number */
            amountCents: number;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            grantedOn: string;
            communityCentreProviderId: string | null;
            /** Format: uuid */
            entryId: string;
            /** Format: date-time */
            createdAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listWijken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description CBS wijk code, e.g. WK047912 */
                            code: string;
                            name: string;
                            /** @description Residents (CBS) */
                            population: number;
                            /** @description Catalogue offers with a location in this wijk */
                            offerCount: number;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWijk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description CBS wijk code, e.g. WK047912 */
                        code: string;
                        name: string;
                        /** @description Residents (CBS) */
                        population: number;
                        /** @description Catalogue offers with a location in this wijk */
                        offerCount: number;
                        /** @description Households (CBS) */
                        households: number | null;
                        /** @description GeoJSON geometry (MultiPolygon) in RD New (EPSG:28992), metres, as published by CBS */
                        geometry: {
                            type: string;
                            coordinates: unknown[];
                        } & {
                            [key: string]: unknown;
                        };
                        buurten: {
                            code: string;
                            name: string;
                            population: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: "anonymous" | "resident" | "staff" | "till_system";
                        tenantId: string;
                        name?: string;
                        role?: string;
                        providerId?: string | null;
                        /** @description The actions this caller may perform in general (policy action names such as till.use or credit.manage), for a client to decide what to show. Every call is still checked. */
                        permissions: string[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    password?: string;
                    loginToken?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kind: "anonymous" | "resident" | "staff" | "till_system";
                        tenantId: string;
                        name?: string;
                        role?: string;
                        providerId?: string | null;
                        /** @description The actions this caller may perform in general (policy action names such as till.use or credit.manage), for a client to decide what to show. Every call is still checked. */
                        permissions: string[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLoginLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOutboxMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            to: string;
                            subject: string;
                            body: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        description: string;
                        website: string | null;
                        email: string | null;
                        phone: string | null;
                        status: "active" | "suspended";
                        locations: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            street: string;
                            postcode: string;
                            city: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                            buurt: {
                                code: string;
                                name: string;
                            } | null;
                            openingHours: string;
                            accessibility: string;
                            position: {
                                /** @description WGS84 degrees north */
                                latitude: number;
                                /** @description WGS84 degrees east */
                                longitude: number;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    street: string;
                    /** @description Dutch postcode, e.g. 1506 EB */
                    postcode: string;
                    city: string;
                    /** @description As the provider writes them */
                    openingHours?: string;
                    /** @description E.g. "Wheelchair entrance at the side, no steps inside" */
                    accessibility?: string;
                    position: {
                        /** @description WGS84 degrees north */
                        latitude: number;
                        /** @description WGS84 degrees east */
                        longitude: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        street: string;
                        postcode: string;
                        city: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        buurt: {
                            code: string;
                            name: string;
                        } | null;
                        openingHours: string;
                        accessibility: string;
                        position: {
                            /** @description WGS84 degrees north */
                            latitude: number;
                            /** @description WGS84 degrees east */
                            longitude: number;
                        } | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProviderLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                locationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    street: string;
                    /** @description Dutch postcode, e.g. 1506 EB */
                    postcode: string;
                    city: string;
                    /** @description As the provider writes them */
                    openingHours?: string;
                    /** @description E.g. "Wheelchair entrance at the side, no steps inside" */
                    accessibility?: string;
                    position: {
                        /** @description WGS84 degrees north */
                        latitude: number;
                        /** @description WGS84 degrees east */
                        longitude: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        street: string;
                        postcode: string;
                        city: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        buurt: {
                            code: string;
                            name: string;
                        } | null;
                        openingHours: string;
                        accessibility: string;
                        position: {
                            /** @description WGS84 degrees north */
                            latitude: number;
                            /** @description WGS84 degrees east */
                            longitude: number;
                        } | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        offersSuspended: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            role: "till_staff" | "provider_admin";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    inviteProviderStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: email */
                    email: string;
                    role: "till_staff" | "provider_admin";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string;
                            role: "till_staff" | "provider_admin";
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeProviderStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        iban: string | null;
                        bic: string | null;
                        accountHolderName: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProviderBankAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    iban: string;
                    bic?: string;
                    /** @description Name on the account, as the bank knows it */
                    accountHolderName: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        iban: string | null;
                        bic: string | null;
                        accountHolderName: string | null;
                        updatedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderApiTokens: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: date-time */
                            createdAt: string;
                            revokedAt: string | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the token is for, e.g. "Kassa 1" */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        /** Format: date-time */
                        createdAt: string;
                        revokedAt: string | null;
                        /** @description The secret for the Authorization: Bearer header. Shown only this once; store it in the till system. */
                        token: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeProviderApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setOfferPaymentRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Whether holders may pay here from pass credit */
                    payableFromCredit: boolean;
                    /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                    discountBorneBy: "provider" | "scheme" | "action_budget";
                    /** Format: uuid */
                    discountSchemeId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        offerId: string;
                        /** @description Whether holders may pay here from pass credit */
                        payableFromCredit: boolean;
                        /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                        discountBorneBy: "provider" | "scheme" | "action_budget";
                        discountScheme: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            providerId: string;
                            providerName: string;
                            status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                            /** @description Goes up with every change; a moderator sends it back with a decision */
                            version: number;
                            /** @description For a published or paused offer: changes that wait for moderation */
                            pendingStatus: "submitted" | "changes_requested" | null;
                            pendingChanges: {
                                [key: string]: unknown;
                            } | null;
                            reviewComment: string | null;
                            title: string;
                            summary: string;
                            description: string;
                            conditions: string;
                            priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                            regularPriceCents: number | null;
                            discountPercent: number | null;
                            amountOffCents: number | null;
                            fixedPriceCents: number | null;
                            reducedPriceCents: number | null;
                            limitPerPass: number | null;
                            limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                            stockTotal: number | null;
                            stockRemaining: number | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            categories: string[];
                            targetGroups: string[];
                            routes: string[];
                            locationIds: string[];
                            eventDays: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary?: string;
                    description?: string;
                    conditions?: string;
                    priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                    regularPriceCents?: null | number;
                    discountPercent?: null | number;
                    amountOffCents?: null | number;
                    fixedPriceCents?: null | number;
                    reducedPriceCents?: null | number;
                    limitPerPass?: null | number;
                    limitPeriod?: null | ("day" | "week" | "month" | "pass_year" | "ever");
                    stockTotal?: null | number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validUntil: string;
                    categories: string[];
                    /** @description Who the offer is for */
                    targetGroups: ("iedereen" | "kinderen" | "jongeren" | "volwassenen" | "gezinnen" | "ouderen")[];
                    /** @description Route slugs */
                    routes: string[];
                    /** @description The provider's own locations */
                    locationIds: string[];
                    /** @description Dates of an event, for the calendar */
                    eventDays: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProviderOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    summary?: string;
                    description?: string;
                    conditions?: string;
                    priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                    regularPriceCents?: null | number;
                    discountPercent?: null | number;
                    amountOffCents?: null | number;
                    fixedPriceCents?: null | number;
                    reducedPriceCents?: null | number;
                    limitPerPass?: null | number;
                    limitPeriod?: null | ("day" | "week" | "month" | "pass_year" | "ever");
                    stockTotal?: null | number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validUntil: string;
                    categories: string[];
                    /** @description Who the offer is for */
                    targetGroups: ("iedereen" | "kinderen" | "jongeren" | "volwassenen" | "gezinnen" | "ouderen")[];
                    /** @description Route slugs */
                    routes: string[];
                    /** @description The provider's own locations */
                    locationIds: string[];
                    /** @description Dates of an event, for the calendar */
                    eventDays: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeProviderOfferStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description submitted: send a draft for moderation; paused / published: pause or resume; ended: stop for good */
                    status: "submitted" | "paused" | "published" | "ended";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setProviderOfferStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How many are left from now on; null: no limit */
                    stockRemaining: null | number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderOfferEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                providerId: string;
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            occurredAt: string;
                            actorName: string;
                            action: string;
                            changes: {
                                [key: string]: unknown;
                            };
                            comment: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOfferReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            providerId: string;
                            providerName: string;
                            status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                            /** @description Goes up with every change; a moderator sends it back with a decision */
                            version: number;
                            /** @description For a published or paused offer: changes that wait for moderation */
                            pendingStatus: "submitted" | "changes_requested" | null;
                            pendingChanges: {
                                [key: string]: unknown;
                            } | null;
                            reviewComment: string | null;
                            title: string;
                            summary: string;
                            description: string;
                            conditions: string;
                            priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                            regularPriceCents: number | null;
                            discountPercent: number | null;
                            amountOffCents: number | null;
                            fixedPriceCents: number | null;
                            reducedPriceCents: number | null;
                            limitPerPass: number | null;
                            limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                            stockTotal: number | null;
                            stockRemaining: number | null;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            categories: string[];
                            targetGroups: string[];
                            routes: string[];
                            locationIds: string[];
                            eventDays: string[];
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideOfferReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "approve" | "request_changes";
                    /** @description The version the moderator looked at */
                    version: number;
                    /** @description Required when changes are requested */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        providerId: string;
                        providerName: string;
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        /** @description Goes up with every change; a moderator sends it back with a decision */
                        version: number;
                        /** @description For a published or paused offer: changes that wait for moderation */
                        pendingStatus: "submitted" | "changes_requested" | null;
                        pendingChanges: {
                            [key: string]: unknown;
                        } | null;
                        reviewComment: string | null;
                        title: string;
                        summary: string;
                        description: string;
                        conditions: string;
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        regularPriceCents: number | null;
                        discountPercent: number | null;
                        amountOffCents: number | null;
                        fixedPriceCents: number | null;
                        reducedPriceCents: number | null;
                        limitPerPass: number | null;
                        limitPeriod: ("day" | "week" | "month" | "pass_year" | "ever") | null;
                        stockTotal: number | null;
                        stockRemaining: number | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        categories: string[];
                        targetGroups: string[];
                        routes: string[];
                        locationIds: string[];
                        eventDays: string[];
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOffers: {
        parameters: {
            query?: {
                /** @description Search words; each word must match (prefix, or part of a compound word) */
                q?: string;
                /** @description Route slug */
                route?: string;
                /** @description Wijk code, e.g. WK047912 */
                wijk?: string;
                /** @description Category slug */
                category?: string;
                /** @description Target group */
                targetGroup?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Price without the pass, in euro cents; null when the offer states none */
                            regularPriceCents: number | null;
                            /** @description Price with the pass, in euro cents; null when it cannot be stated */
                            passPriceCents: number | null;
                            routes: {
                                slug: string;
                                name: string;
                            }[];
                            /** @description Wijken with a location where the offer can be used */
                            wijken: {
                                code: string;
                                name: string;
                            }[];
                            /** @description Category slugs */
                            categories: string[];
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        summary: string;
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                            website: string | null;
                        };
                        /** @description Price without the pass, in euro cents; null when the offer states none */
                        regularPriceCents: number | null;
                        /** @description Price with the pass, in euro cents; null when it cannot be stated */
                        passPriceCents: number | null;
                        routes: {
                            slug: string;
                            name: string;
                        }[];
                        /** @description Wijken with a location where the offer can be used */
                        wijken: {
                            code: string;
                            name: string;
                        }[];
                        /** @description Category slugs */
                        categories: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        description: string;
                        conditions: string;
                        targetGroups: string[];
                        locations: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            street: string;
                            postcode: string;
                            city: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                        }[];
                        /** @description How often one pass may use the offer per period; null for no limit */
                        limit: {
                            perPass: number;
                            period: "day" | "week" | "month" | "pass_year" | "ever";
                        } | null;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            slug: string;
                            name: string;
                            description: string;
                            isDemo: boolean;
                            offerCount: number;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            slug: string;
                            nameNl: string;
                            nameEn: string;
                        }[];
                    };
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyPass: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                        number: string;
                        holderName: string;
                        status: "active" | "blocked" | "expired";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Name of the pass in this municipality, e.g. "Zaanse Pas" */
                        passName: string;
                        /** @description Child passes linked to this pass */
                        children: {
                            /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                            number: string;
                            holderName: string;
                            status: "active" | "blocked" | "expired";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyPassQrCode: {
        parameters: {
            query?: {
                /** @description A child pass linked to my pass; default: my own pass */
                passNumber?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Content of the QR code: SP1.<passNumber>.<timeSlot>.<signature> */
                        token: string;
                        /**
                         * Format: date-time
                         * @description After this moment a till refuses the token; fetch a new one before
                         */
                        expiresAt: string;
                        /** @description The QR code as an SVG image */
                        svg: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyRedemptions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            offerTitle: string;
                            providerName: string;
                            /** @description Pass number as printed on the card, e.g. "0479 0000 0042 6" */
                            passNumber: string;
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** Format: date-time */
                            redeemedAt: string;
                            status: "redeemed" | "cancelled";
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportLedger: {
        parameters: {
            query?: {
                format?: "json" | "csv" | "settlements-csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Version of this format; see docs/ledger.md */
                        formatVersion: string;
                        tenantId: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {string} */
                        currency: "EUR";
                        accounts: {
                            /** Format: uuid */
                            id: string;
                            type: "scheme_fund" | "action_budget" | "pass_credit" | "provider_payable" | "pass_sale_income" | "sponsor_contributions" | "municipality_bank" | "payout_clearing";
                            name: string;
                            schemeId: string | null;
                            passId: string | null;
                            passNumber: string | null;
                            providerId: string | null;
                            /** @description Sum of the account's lines: positive is a debit balance */
                            balanceCents: number;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        entries: {
                            /** Format: uuid */
                            id: string;
                            kind: string;
                            reference: string;
                            description: string;
                            /** Format: date-time */
                            occurredAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            reversesEntryId: string | null;
                            recordedBy: string | null;
                            lines: {
                                lineNo: number;
                                /** Format: uuid */
                                accountId: string;
                                /** @description Positive: debit; negative: credit. The lines of an entry sum to 0 */
                                amountCents: number;
                            }[];
                        }[];
                        /** @description Settlement runs (payouts), oldest period first */
                        settlementRuns: {
                            /** Format: uuid */
                            id: string;
                            /** Format: date */
                            periodStart: string;
                            /** Format: date */
                            periodEnd: string;
                            debtorName: string;
                            debtorIban: string | null;
                            debtorBic: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            createdBy: string | null;
                            blockedProviders: {
                                /** Format: uuid */
                                providerId: string;
                                /** @description Open payable not paid in this run */
                                amountCents: number;
                                reason: string;
                            }[];
                        }[];
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            /** Format: uuid */
                            providerId: string;
                            /** Format: date */
                            periodStart: string;
                            /** Format: date */
                            periodEnd: string;
                            /** @description Sum of the settlement lines it covers */
                            amountCents: number;
                            creditorName: string;
                            /** @description No spaces */
                            creditorIban: string;
                            creditorBic: string | null;
                            /** Format: uuid */
                            entryId: string;
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paidAt: string | null;
                            paymentEntryId: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            paymentReference: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        settlementLines: {
                            /** Format: uuid */
                            settlementId: string;
                            /** Format: uuid */
                            entryId: string;
                            lineNo: number;
                            /** @description The provider-payable journal line (entryId, lineNo) this settlement covers */
                            amountCents: number;
                        }[];
                    };
                    "text/csv": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reverseLedgerEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        reference: string;
                        /** @description false when this reversal had been booked before */
                        created: boolean;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            amountCents: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        reference: string;
                        /** @description false when this reversal had been booked before */
                        created: boolean;
                        lines: {
                            /** Format: uuid */
                            accountId: string;
                            amountCents: number;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTillOffersForPass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                passIdentifier: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pass: {
                            /** @description Pass number as printed on the card */
                            number: string;
                            status: "active" | "blocked" | "expired";
                            /** Format: date */
                            validUntil: string;
                        };
                        items: {
                            /** Format: uuid */
                            offerId: string;
                            title: string;
                            /** @description The price to charge this pass now, in euro cents */
                            priceCents: number;
                            /** @description How much of the price this pass can pay from its credit at this offer, in euro cents */
                            creditAvailableCents: number;
                            available: boolean;
                            unavailableReason?: "limit-reached" | "sold-out" | "not-valid-today";
                        }[];
                        /** @description One quote for the available offers of this list: send it back unchanged as quote of the redemption, within 2 minutes, so the redemption is booked at the listed price without looking everything up again. Opaque and sealed; a missing or expired quote only makes the redemption a little slower. Absent when no offer is available, or for a list of very many offers. */
                        quote?: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRedemptions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            offerId: string;
                            offerTitle: string;
                            /** @description Pass number as printed on the card */
                            passNumber: string;
                            /** @description Price charged to the holder, in euro cents */
                            priceCents: number;
                            /** @description Part of the price paid from pass credit, in euro cents */
                            creditCents: number;
                            /** @description What the holder pays at the till: priceCents minus creditCents */
                            toPayCents: number;
                            /** Format: date-time */
                            redeemedAt: string;
                            /**
                             * Format: date-time
                             * @description Till this moment the provider can cancel the redemption
                             */
                            cancellableUntil: string;
                            status: "redeemed" | "cancelled";
                            providerName: string;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRedemption: {
        parameters: {
            query?: never;
            header?: {
                /** @description A unique key per redemption (e.g. a UUID). A retry with the same key and body gets the first answer, and books nothing twice. Keys are kept for 7 days; after that the same key is a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Card number or QR code content */
                    passIdentifier: string;
                    /** Format: uuid */
                    offerId: string;
                    /** @description Part of the price the holder pays from pass credit, in euro cents (0 up to the price). Default 0. */
                    creditCents?: number;
                    /** @description The quote of the till list this offer was on, unchanged (optional). */
                    quote?: string;
                };
            };
        };
        responses: {
            /** @description One use of an offer with a pass, at a till */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        offerId: string;
                        offerTitle: string;
                        /** @description Pass number as printed on the card */
                        passNumber: string;
                        /** @description Price charged to the holder, in euro cents */
                        priceCents: number;
                        /** @description Part of the price paid from pass credit, in euro cents */
                        creditCents: number;
                        /** @description What the holder pays at the till: priceCents minus creditCents */
                        toPayCents: number;
                        /** Format: date-time */
                        redeemedAt: string;
                        /**
                         * Format: date-time
                         * @description Till this moment the provider can cancel the redemption
                         */
                        cancellableUntil: string;
                        status: "redeemed" | "cancelled";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many attempts: wait Retry-After seconds (see README, Security) */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRedemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One use of an offer with a pass, at a till */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        offerId: string;
                        offerTitle: string;
                        /** @description Pass number as printed on the card */
                        passNumber: string;
                        /** @description Price charged to the holder, in euro cents */
                        priceCents: number;
                        /** @description Part of the price paid from pass credit, in euro cents */
                        creditCents: number;
                        /** @description What the holder pays at the till: priceCents minus creditCents */
                        toPayCents: number;
                        /** Format: date-time */
                        redeemedAt: string;
                        /**
                         * Format: date-time
                         * @description Till this moment the provider can cancel the redemption
                         */
                        cancellableUntil: string;
                        status: "redeemed" | "cancelled";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreditSchemes: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CreditScheme"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreditScheme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountPerPassCents: number;
                    eligiblePassCategories?: ("regular" | "low_income" | "carer" | "child")[];
                    spendableOfferCategories?: string[];
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    validUntil: string;
                    /** @description Initial budget, booked from the municipality's bank to the scheme fund */
                    budgetCents?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountPerPassCents: number;
                        /** @description Pass categories that may receive this credit; empty: all */
                        eligiblePassCategories: ("regular" | "low_income" | "carer" | "child")[];
                        /** @description Offer category slugs where the credit can be spent; empty: all offers */
                        spendableOfferCategories: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Budget left in the scheme fund */
                        fundBalanceCents: number;
                        /** @description Credit on passes that is not spent or expired */
                        outstandingCreditCents: number;
                        passesWithCredit: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreditScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        description: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountPerPassCents: number;
                        /** @description Pass categories that may receive this credit; empty: all */
                        eligiblePassCategories: ("regular" | "low_income" | "carer" | "child")[];
                        /** @description Offer category slugs where the credit can be spent; empty: all offers */
                        spendableOfferCategories: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        /** @description Budget left in the scheme fund */
                        fundBalanceCents: number;
                        /** @description Credit on passes that is not spent or expired */
                        outstandingCreditCents: number;
                        passesWithCredit: number;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fundCreditScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /** @description Your reference, e.g. the council decision; booked once per reference */
                    reference: string;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        fundBalanceCents: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        fundBalanceCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    loadCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Pass number, spaces allowed */
                    passNumber: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents?: number;
                    /** @description Load reference */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        passNumber: string;
                        balanceCents: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        passNumber: string;
                        balanceCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bulkLoadCredit: {
        parameters: {
            query?: {
                dryRun?: boolean;
                /** @description Load reference of this file */
                reference?: string;
            };
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        /** @description The CSV file */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        /** @description Load reference of this file; loads are booked once per (scheme, pass, reference) */
                        reference: string;
                        rowCount: number;
                        validRowCount: number;
                        /** @description Sum of the valid rows */
                        totalCents: number;
                        /** @description Valid rows booked before under this reference */
                        alreadyBookedCount: number;
                        /** @description Rows booked by this request (0 in a dry run) */
                        bookedCount: number;
                        /** @description Every bad row; a real run with any error books nothing */
                        errors: {
                            /** @description Line in the file (1 is the header); 0 for the file as a whole */
                            row: number;
                            column: string | null;
                            code: string;
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    expireCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                schemeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        schemeId: string;
                        expiredPassCount: number;
                        expiredCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOwnCredit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            scheme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                description: string;
                                spendableCategories: string[];
                            };
                            passNumber: string;
                            holderName: string;
                            balanceCents: number;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            expired: boolean;
                            /** @description Credit left and at most 30 days to go */
                            expiresSoon: boolean;
                            history: {
                                /** Format: uuid */
                                entryId: string;
                                kind: "load" | "spend" | "expiry" | "correction";
                                /** @description Plus: credit added; minus: credit used or expired */
                                amountCents: number;
                                description: string;
                                /** @description Where credit was paid at a till (or given back when that was cancelled); null otherwise */
                                providerName: string | null;
                                /** Format: date-time */
                                occurredAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPassPrices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Amount in euro cents */
                        adultPassCents: number;
                        /** @description Amount in euro cents */
                        childPassCents: number;
                        /** @description Part of an adult pass booked to the actiebudget */
                        adultActionBudgetShareCents: number;
                        /** @description Part of a child pass booked to the actiebudget */
                        childActionBudgetShareCents: number;
                        /** @description true: the built-in test payment provider is active; no real money is paid */
                        testPayments: boolean;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPassOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only when not logged in: you become a resident with this e-mail address */
                    buyer?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        /** @description Code of the wijk you live in, see GET /wijken */
                        wijkCode: string;
                    };
                    /**
                     * @description false: only child passes, linked to your valid pass (log in first)
                     * @default true
                     */
                    passForSelf?: boolean;
                    children?: {
                        name: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        birthDate: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        orderId: string;
                        /** @description Send the buyer here to pay */
                        checkoutUrl: string;
                        /** @description Amount in euro cents */
                        amountCents: number;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPassOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                        /** @description Amount in euro cents */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        paymentProvider: "test" | "mollie";
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        refundedAt: string | null;
                        items: {
                            passType: "adult" | "child";
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** @description Only for the buyer (logged in) and the pass organisation */
                            holderName: string | null;
                            /** @description Once paid; only for the buyer (logged in) and the pass organisation */
                            passNumber: string | null;
                            passStatus: "active" | "blocked" | "expired" | null;
                            validFrom: string | null;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPassOrders: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                            holderName: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                            /** @description Amount in euro cents */
                            actionBudgetShareCents: number;
                            paymentProvider: "test" | "mollie";
                            paymentId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            paidAt: string | null;
                            refundedAt: string | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refundPassOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                        /** @description Amount in euro cents */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        paymentProvider: "test" | "mollie";
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        refundedAt: string | null;
                        items: {
                            passType: "adult" | "child";
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** @description Only for the buyer (logged in) and the pass organisation */
                            holderName: string | null;
                            /** @description Once paid; only for the buyer (logged in) and the pass organisation */
                            passNumber: string | null;
                            passStatus: "active" | "blocked" | "expired" | null;
                            validFrom: string | null;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired" | "refunding" | "refunded";
                        /** @description Amount in euro cents */
                        amountCents: number;
                        /** @description Amount in euro cents */
                        actionBudgetShareCents: number;
                        paymentProvider: "test" | "mollie";
                        /** Format: date-time */
                        createdAt: string;
                        paidAt: string | null;
                        refundedAt: string | null;
                        items: {
                            passType: "adult" | "child";
                            /** @description Amount in euro cents */
                            priceCents: number;
                            /** @description Only for the buyer (logged in) and the pass organisation */
                            holderName: string | null;
                            /** @description Once paid; only for the buyer (logged in) and the pass organisation */
                            passNumber: string | null;
                            passStatus: "active" | "blocked" | "expired" | null;
                            validFrom: string | null;
                            validUntil: string | null;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receivePaymentWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: "test" | "mollie";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTestPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Amount in euro cents */
                        amountCents: number;
                        description: string;
                        redirectUrl: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTestPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "paid" | "failed" | "canceled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Amount in euro cents */
                        amountCents: number;
                        description: string;
                        redirectUrl: string;
                        status: "open" | "paid" | "failed" | "canceled" | "expired";
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSponsorPledges: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SponsorPledge"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSponsorPledge: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sponsorName: string;
                    contactName?: string;
                    /** Format: email */
                    contactEmail?: string;
                    /** Format: uuid */
                    providerId?: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    expectedOn: string;
                    /** @description Shown on the public page only with publicityAgreed */
                    publicityText?: string;
                    /** @default false */
                    publicityAgreed?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sponsor: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            contactName: string | null;
                            contactEmail: string | null;
                            providerId: string | null;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expectedOn: string;
                        publicityText: string;
                        /** @description The sponsor agreed to be named on the public actiebudget page */
                        publicityAgreed: boolean;
                        receivedCents: number;
                        outstandingCents: number;
                        status: "pledged" | "partly-received" | "received";
                        receipts: components["schemas"]["SponsorReceipt"][];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSponsorPledge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        sponsor: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            contactName: string | null;
                            contactEmail: string | null;
                            providerId: string | null;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        expectedOn: string;
                        publicityText: string;
                        /** @description The sponsor agreed to be named on the public actiebudget page */
                        publicityAgreed: boolean;
                        receivedCents: number;
                        outstandingCents: number;
                        status: "pledged" | "partly-received" | "received";
                        receipts: components["schemas"]["SponsorReceipt"][];
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveSponsorContribution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pledgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    receivedOn: string;
                    /** @description Reference on the bank statement (e.g. end-to-end id) */
                    bankReference: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        pledgeId: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        receivedOn: string;
                        bankReference: string;
                        /** Format: uuid */
                        entryId: string;
                        /** @description The booking was corrected by a reversal */
                        reversed: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this bank reference was booked before: nothing new was booked */
                        created: boolean;
                        pledge: components["schemas"]["SponsorPledge"];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        pledgeId: string;
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        receivedOn: string;
                        bankReference: string;
                        /** Format: uuid */
                        entryId: string;
                        /** @description The booking was corrected by a reversal */
                        reversed: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this bank reference was booked before: nothing new was booked */
                        created: boolean;
                        pledge: components["schemas"]["SponsorPledge"];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActionBudgetSummary: {
        parameters: {
            query?: {
                /** @description Default: this year */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** @description Years with bookings on the actiebudget, and the current year */
                        years: number[];
                        /** @description Amount in euro cents */
                        openingBalanceCents: number;
                        /** @description Amount in euro cents */
                        closingBalanceCents: number;
                        totals: {
                            /** @description Amount in euro cents */
                            passSalesCents: number;
                            /** @description Amount in euro cents */
                            sponsorsCents: number;
                            /** @description Amount in euro cents */
                            otherCents: number;
                            /** @description Amount in euro cents */
                            totalCents: number;
                            /** @description Amount in euro cents */
                            inCents: number;
                            /** @description Amount in euro cents */
                            grantsCents: number;
                            /** @description Amount in euro cents */
                            otherOutCents: number;
                            /** @description Amount in euro cents */
                            outCents: number;
                        };
                        /** @description Twelve months, January first */
                        months: {
                            /** @description YYYY-MM */
                            month: string;
                            in: {
                                /** @description Amount in euro cents */
                                passSalesCents: number;
                                /** @description Amount in euro cents */
                                sponsorsCents: number;
                                /** @description Amount in euro cents */
                                otherCents: number;
                                /** @description Amount in euro cents */
                                totalCents: number;
                            };
                            out: {
                                /** @description Amount in euro cents */
                                grantsCents: number;
                                /** @description Amount in euro cents */
                                otherCents: number;
                                /** @description Amount in euro cents */
                                totalCents: number;
                            };
                        }[];
                        byWijk: {
                            wijkCode: string;
                            wijkName: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        }[];
                        byActivity: {
                            activityName: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        }[];
                        /** @description Sponsors that agreed to be named, with what they gave this year */
                        sponsors: {
                            name: string;
                            publicityText: string;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        }[];
                        /** @description Sponsors that did not agree to be named */
                        anonymousSponsors: {
                            count: number;
                            /** @description Amount in euro cents */
                            amountCents: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActionBudgetGrants: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ActionBudgetGrant"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createActionBudgetGrant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    activityName: string;
                    wijkCode: string;
                    /** @description Amount in euro cents, a positive whole number */
                    amountCents: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    grantedOn: string;
                    /** Format: uuid */
                    communityCentreProviderId?: string;
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        reference: string;
                        activityName: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        grantedOn: string;
                        communityCentreProviderId: string | null;
                        /** Format: uuid */
                        entryId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents */
                        actionBudgetBalanceCents: number;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        reference: string;
                        activityName: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        /** @description Amount in euro cents, a positive whole number */
                        amountCents: number;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        grantedOn: string;
                        communityCentreProviderId: string | null;
                        /** Format: uuid */
                        entryId: string;
                        /** Format: date-time */
                        createdAt: string;
                        /** @description false when this reference was booked before: nothing new was booked */
                        created: boolean;
                        /** @description Amount in euro cents */
                        actionBudgetBalanceCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSettlementRuns: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSettlementRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodStart?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    periodEnd?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        debtorName: string;
                        debtorIban: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        settlementCount: number;
                        totalCents: number;
                        paidCount: number;
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorName: string;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        blockedProviders: {
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Payable left open: settled by a later run once the bank account is valid */
                            amountCents: number;
                            /** @description no-bank-account, iban-invalid or no-account-holder-name */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        debtorName: string;
                        debtorIban: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        settlementCount: number;
                        totalCents: number;
                        paidCount: number;
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorName: string;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        blockedProviders: {
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Payable left open: settled by a later run once the bank account is valid */
                            amountCents: number;
                            /** @description no-bank-account, iban-invalid or no-account-holder-name */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        debtorName: string;
                        debtorIban: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        settlementCount: number;
                        totalCents: number;
                        paidCount: number;
                        settlements: {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            runId: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorName: string;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            paymentSource: ("bank_statement" | "manual") | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        blockedProviders: {
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** @description Payable left open: settled by a later run once the bank account is valid */
                            amountCents: number;
                            /** @description no-bank-account, iban-invalid or no-account-holder-name */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementRunCreditTransfer: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                executionDate?: string;
            };
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description pain.001.001.09 XML */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/xml": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadSettlementBankStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                runId: string;
            };
            cookie?: never;
        };
        /** @description camt.053 XML (application/xml) */
        requestBody: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Marked paid by this upload */
                        paid: {
                            /** Format: uuid */
                            settlementId: string;
                            amountCents: number;
                        }[];
                        alreadyPaid: {
                            /** Format: uuid */
                            settlementId: string;
                            amountCents: number;
                        }[];
                        unmatched: {
                            endToEndId: string | null;
                            amountCents: number | null;
                            /** @description not-in-this-run, no-end-to-end-id, amount-differs, not-a-payment or not-booked */
                            reason: string;
                        }[];
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmSettlementPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                settlementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    paidOn?: string;
                    /** @description e.g. the bank's reference */
                    reference?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        runId: string;
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodStart: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        periodEnd: string;
                        amountCents: number;
                        creditorName: string;
                        creditorIban: string;
                        /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                        status: "pending" | "paid";
                        paidOn: string | null;
                        paymentSource: ("bank_statement" | "manual") | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSettlementStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                settlementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderSettlements: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodStart: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            periodEnd: string;
                            amountCents: number;
                            creditorIban: string;
                            /** @description pending: in the payout file, not yet confirmed; paid: the bank confirmed it */
                            status: "pending" | "paid";
                            paidOn: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminHolders: {
        parameters: {
            query?: {
                /** @description Search text */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            email: string | null;
                            passNumber: string | null;
                            category: ("regular" | "low_income" | "carer" | "child") | null;
                            status: ("active" | "blocked" | "expired") | null;
                            validUntil: string | null;
                            wijk: {
                                code: string;
                                name: string;
                            } | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminProviders: {
        parameters: {
            query?: {
                /** @description Search text */
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                            locationCount: number;
                            offerCount: number;
                            /** @description Redemptions that were not cancelled */
                            redemptionCount: number;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminOffers: {
        parameters: {
            query?: {
                /** @description Search text */
                q?: string;
                status?: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                providerId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            provider: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                            priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validFrom: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            validUntil: string;
                            stock: {
                                total: number;
                                remaining: number;
                            } | null;
                            paymentRules: {
                                /** @description Whether holders may pay here from pass credit */
                                payableFromCredit: boolean;
                                /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                                discountBorneBy: "provider" | "scheme" | "action_budget";
                                discountScheme: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                            };
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAdminOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        title: string;
                        provider: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        status: "draft" | "submitted" | "changes_requested" | "published" | "paused" | "ended" | "suspended";
                        priceType: "percentage_discount" | "amount_off" | "fixed_price" | "free";
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validFrom: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        validUntil: string;
                        stock: {
                            total: number;
                            remaining: number;
                        } | null;
                        paymentRules: {
                            /** @description Whether holders may pay here from pass credit */
                            payableFromCredit: boolean;
                            /** @description Who bears the discount (the kansentarief difference included): the provider itself, the fund of a credit scheme, or the actiebudget */
                            discountBorneBy: "provider" | "scheme" | "action_budget";
                            discountScheme: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProviderApplications: {
        parameters: {
            query?: {
                status?: "submitted" | "questions_asked" | "approved" | "declined";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            organisationName: string;
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                            kvkNumber: string | null;
                            contactName: string;
                            email: string;
                            phone: string;
                            website: string | null;
                            street: string;
                            postcode: string;
                            city: string;
                            description: string;
                            iban: string;
                            accountHolderName: string;
                            /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                            kvkKnown: {
                                providerId: string | null;
                                providerName: string | null;
                                applicationId: string | null;
                            } | null;
                            status: "submitted" | "questions_asked" | "approved" | "declined";
                            questions: string | null;
                            providerId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            decidedAt: string | null;
                        }[];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisationName: string;
                    kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                    /** @description Chamber of Commerce (KvK) number, 8 digits; required for a business */
                    kvkNumber?: string;
                    contactName: string;
                    /** Format: email */
                    email: string;
                    phone?: string;
                    website?: string;
                    street?: string;
                    postcode?: string;
                    city?: string;
                    /** @description What the organisation does and what it wants to offer */
                    description?: string;
                    /** @description Checked with mod-97 (ISO 13616) */
                    iban: string;
                    accountHolderName: string;
                    /** @description Must be true: the terms for providers are accepted */
                    termsAccepted: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    askProviderApplicationQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The questions, sent to the contact person by e-mail */
                    message: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineProviderApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        organisationName: string;
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative" | "stille_kracht";
                        kvkNumber: string | null;
                        contactName: string;
                        email: string;
                        phone: string;
                        website: string | null;
                        street: string;
                        postcode: string;
                        city: string;
                        description: string;
                        iban: string;
                        accountHolderName: string;
                        /** @description Set when the KvK number was already known: an existing provider or an earlier sign-up */
                        kvkKnown: {
                            providerId: string | null;
                            providerName: string | null;
                            applicationId: string | null;
                        } | null;
                        status: "submitted" | "questions_asked" | "approved" | "declined";
                        questions: string | null;
                        providerId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProviderFigures: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD */
                from?: string;
                /** @description YYYY-MM-DD */
                to?: string;
            };
            header?: never;
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    /** @description Full version of this API (NL API Design Rules: API-Version header) */
                    "API-Version"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        to: string;
                        /** @description Redemptions in the period (not cancelled) */
                        redemptions: number;
                        redemptionsPerWeek: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            weekStart: string;
                            redemptions: number;
                        }[];
                        redemptionsPerMonth: {
                            month: string;
                            redemptions: number;
                        }[];
                        /** @description A figure about people, hidden below 10 */
                        uniqueHolders: {
                            value: number | null;
                            /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                            suppressed: boolean;
                        };
                        reachByWijk: {
                            wijkCode: string;
                            wijkName: string;
                            /** @description A figure about people, hidden below 10 */
                            holders: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                        }[];
                        reachByRoute: {
                            routeSlug: string;
                            routeName: string;
                            /** @description A figure about people, hidden below 10 */
                            holders: {
                                value: number | null;
                                /** @description True when the figure is about fewer than 10 people: show "fewer than 10" */
                                suppressed: boolean;
                            };
                        }[];
                        /** @description What pass holders paid, at pass prices */
                        turnoverCents: number;
                        /** @description Amount in euro cents */
                        reimbursedCents: number;
                    };
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database cannot be reached or was too busy to finish; try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
