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
    "/action-budget/ledger-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The actiebudget's books: every line in and out, newest first (pass organisation only) */
        get: operations["listActionBudgetLedgerLines"];
        put?: never;
        post?: never;
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
    "/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Partner organisations, pending sign-ups first (pass organisation only) */
        get: operations["listPartners"];
        put?: never;
        /** Sign up a partner organisation and its first staff member (approved by the pass organisation) */
        post: operations["signUpPartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/{partnerId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a partner sign-up
         * @description On approval the partner is linked to the given provider, or a provider is made for it.
         */
        post: operations["decidePartner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/partners/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in partner staff member's organisation and its applications */
        get: operations["getCurrentPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the rounds of support from the actiebudget with their criteria */
        get: operations["listSupportRounds"];
        put?: never;
        /** Publish a round of support with its criteria (pass organisation only) */
        post: operations["createSupportRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All applications for support, newest first (pass organisation only) */
        get: operations["listSupportApplications"];
        put?: never;
        /** Apply for support for an activity (partner staff) */
        post: operations["createSupportApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application (the pass organisation, or staff of the partner that applied) */
        get: operations["getSupportApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications/{applicationId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Score and decide an application; on approval the actiebudget reserves the grant
         * @description Per participant: an offer on the pass whose price drops by the support; the actiebudget reimburses each redemption, for as many places as the grant covers. Lump sum: the advance is booked now, the rest after the report. Refused (409 action-budget-insufficient) when the actiebudget minus what earlier grants may still draw does not cover it.
         */
        post: operations["decideSupportApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/support-applications/{applicationId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report participants and an evaluation after the activity (partner staff); releases the last payment */
        post: operations["reportSupportApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pacts with their evaluations: all for the pass organisation, a partner's own for its staff */
        get: operations["listPacts"];
        put?: never;
        /** Make a pact of at least a year with a partner (pass organisation only) */
        post: operations["createPact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pact; at each evaluation moment that has come, the figures the platform knows */
        get: operations["getPact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}/renewal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Renew a pact: a new one from the day after it ends, with the same commitments */
        post: operations["renewPact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a pact early, with a reason */
        post: operations["endPact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pacts/{pactId}/document.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pact as a PDF for signing, with the evaluation figures so far */
        get: operations["getPactDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appreciation-quotas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Quotas with codes made, codes used and cost: all for the pass organisation, a partner's own for its staff */
        get: operations["listAppreciationQuotas"];
        put?: never;
        /** Give a partner a quota of appreciation passes for its volunteers (pass organisation only) */
        post: operations["createAppreciationQuota"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appreciation-quotas/{quotaId}/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The codes of a quota and whether each was used (not by whom) */
        get: operations["listAppreciationCodes"];
        put?: never;
        /** Make one code to hand to a volunteer (partner staff); refused when the quota is used up */
        post: operations["createAppreciationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/appreciation-codes/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A volunteer activates a code into a pass of their own (rate-limited)
         * @description Makes a holder, a regular pass for a year and a resident account (log in with an e-mail link).
         */
        post: operations["activateAppreciationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public: the top 30 of volunteer activities of the latest month */
        get: operations["getTop30"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nominate a volunteer activity, on the pass or not yet (partner staff) */
        post: operations["nominateTop30"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/nominations/{nominationId}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Score a nomination 0–10: the pass organisation's jury, or a volunteer organisation's staff */
        put: operations["scoreTop30Nomination"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the weights of reach, jury score and volunteer organisation score (pass organisation only) */
        put: operations["setTop30Weights"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/top30/recomputation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute this month's top 30 now (the job does it monthly) */
        post: operations["recomputeTop30"];
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
        ActionBudgetLedgerLine: {
            /** Format: uuid */
            entryId: string;
            /** Format: date-time */
            occurredAt: string;
            /** @description The entry kind (a reversal shows the kind it reverses) */
            kind: string;
            description: string;
            /** @description Amount in euro cents */
            amountCents: number;
            wijk: {
                code: string;
                name: string;
            } | null;
            activityName: string | null;
        };
        Partner: {
            /** Format: uuid */
            id: string;
            name: string;
            kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
            wijk: {
                code: string;
                name: string;
            };
            description: string;
            email: string;
            phone: string | null;
            status: "pending" | "approved" | "rejected";
            /** @description The provider on the pass this partner also is, if any */
            providerId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SupportApplication: {
            /** Format: uuid */
            id: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** Format: uuid */
            roundId: string;
            roundName: string;
            title: string;
            description: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            startsOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            endsOn: string;
            wijk: {
                code: string;
                name: string;
            };
            targetGroup: string;
            expectedReach: number;
            /** @description Amount in euro cents, a positive whole number */
            budgetCents: number;
            /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
            supportKind: "per_participant" | "lump_sum";
            pricePerParticipantCents: number | null;
            /** @description Amount in euro cents, a positive whole number */
            askedCents: number;
            status: "submitted" | "approved" | "rejected" | "reported" | "closed";
            priority: {
                /** @description The wijk is a priority of the round */
                wijk: boolean;
                /** @description The target group is a priority of the round */
                targetGroup: boolean;
            };
            scores: {
                reach: number;
                targetGroup: number;
                quality: number;
                costs: number;
            } | null;
            decisionReason: string | null;
            grantedCents: number | null;
            grantedPerParticipantCents: number | null;
            /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
            paidCents: number | null;
            /** @description per_participant: the offer on the pass */
            offerId: string | null;
            participants: {
                onThePass: {
                    value: number | null;
                    /** @description true: fewer than 10 people, so no figure is shown */
                    suppressed: boolean;
                };
                /** @description The partner's own count */
                reported: number | null;
            };
            evaluation: string | null;
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        SupportRound: {
            /** Format: uuid */
            id: string;
            name: string;
            eligibleCosts: string;
            /** @description Amount in euro cents, a positive whole number */
            maxAmountCents: number;
            /** @description Amount in euro cents, a positive whole number */
            maxPerParticipantCents: number;
            priorityWijken: {
                code: string;
                name: string;
            }[];
            priorityTargetGroups: string[];
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            opensOn: string;
            deadline: string | null;
            /** @description Whether applications are taken today */
            open: boolean;
        };
        Pact: {
            /** Format: uuid */
            id: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            startsOn: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            endsOn: string;
            organisationCommitments: string;
            partnerCommitments: string;
            activitiesPerQuarter: number;
            expectedReach: number;
            supportCents: number;
            status: "active" | "renewed" | "ended";
            endedOn: string | null;
            endReason: string | null;
            renewsPactId: string | null;
            evaluations: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                moment: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD
                 */
                from: string;
                /** @description The moment has come: the figures are filled in */
                due: boolean;
                activitiesHeld: number | null;
                holdersReached: {
                    value: number | null;
                    /** @description true: fewer than 10 people, so no figure is shown */
                    suppressed: boolean;
                } | null;
                /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                supportPaidCents: number | null;
            }[];
        };
        AppreciationQuota: {
            /** Format: uuid */
            id: string;
            partner: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            passes: number;
            codesMade: number;
            codesUsed: number;
            pricePerPassCents: number;
            /** @description passes × price: what the quota costs its funder at most */
            costCents: number;
            /** @description codes used × price */
            usedCostCents: number;
            /** @description Appreciation passes are paid by a sponsor or a municipal budget, never by the actiebudget */
            fundedBy: "sponsor" | "municipal_budget";
            funderName: string;
        };
        AppreciationCode: {
            /** Format: uuid */
            id: string;
            code: string;
            label: string | null;
            used: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        Top30Weights: {
            reach: number;
            jury: number;
            volunteerOrganisation: number;
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
                        kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative";
                        description: string;
                        website: string | null;
                        email: string | null;
                        phone: string | null;
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
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative";
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
                        /** @description The activities funded in each wijk (grants and supported places on the pass) */
                        activitiesByWijk: {
                            wijkCode: string;
                            wijkName: string;
                            activities: {
                                activityName: string;
                                /** @description Amount in euro cents */
                                amountCents: number;
                            }[];
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
    listActionBudgetLedgerLines: {
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
                        items: components["schemas"]["ActionBudgetLedgerLine"][];
                        page: {
                            page: number;
                            pageSize: number;
                            totalItems: number;
                            totalPages: number;
                        };
                        /** @description The actiebudget's balance now */
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
                            kind: "business" | "non_profit" | "community_centre" | "volunteer_initiative";
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
                status?: "draft" | "published";
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
                            status: "draft" | "published";
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
                        status: "draft" | "published";
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
    listPartners: {
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
                        items: components["schemas"]["Partner"][];
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
    signUpPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organisation: {
                        name: string;
                        kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
                        wijkCode: string;
                        description?: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                    contact: {
                        name: string;
                        /** Format: email */
                        email: string;
                        /** @description At least 12 characters */
                        password: string;
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
                        kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
                        wijk: {
                            code: string;
                            name: string;
                        };
                        description: string;
                        email: string;
                        phone: string | null;
                        status: "pending" | "approved" | "rejected";
                        /** @description The provider on the pass this partner also is, if any */
                        providerId: string | null;
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
    decidePartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                partnerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    /**
                     * Format: uuid
                     * @description Link to an existing provider; without it one is made on approval
                     */
                    providerId?: string;
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
                        kind: "community_centre" | "volunteer_organisation" | "sport_club" | "informal_group" | "other";
                        wijk: {
                            code: string;
                            name: string;
                        };
                        description: string;
                        email: string;
                        phone: string | null;
                        status: "pending" | "approved" | "rejected";
                        /** @description The provider on the pass this partner also is, if any */
                        providerId: string | null;
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
    getCurrentPartner: {
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
                        partner: components["schemas"]["Partner"];
                        applications: components["schemas"]["SupportApplication"][];
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
    listSupportRounds: {
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
                        items: components["schemas"]["SupportRound"][];
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
    createSupportRound: {
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
                    eligibleCosts: string;
                    /** @description Amount in euro cents, a positive whole number */
                    maxAmountCents: number;
                    /** @description Amount in euro cents, a positive whole number */
                    maxPerParticipantCents: number;
                    priorityWijkCodes?: string[];
                    priorityTargetGroups?: string[];
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    opensOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    deadline?: string;
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
                        eligibleCosts: string;
                        /** @description Amount in euro cents, a positive whole number */
                        maxAmountCents: number;
                        /** @description Amount in euro cents, a positive whole number */
                        maxPerParticipantCents: number;
                        priorityWijken: {
                            code: string;
                            name: string;
                        }[];
                        priorityTargetGroups: string[];
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        opensOn: string;
                        deadline: string | null;
                        /** @description Whether applications are taken today */
                        open: boolean;
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
    listSupportApplications: {
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
                        items: components["schemas"]["SupportApplication"][];
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
    createSupportApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    roundId: string;
                    title: string;
                    description: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    endsOn: string;
                    wijkCode: string;
                    targetGroup: string;
                    expectedReach: number;
                    /** @description Amount in euro cents, a positive whole number */
                    budgetCents: number;
                    /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                    supportKind: "per_participant" | "lump_sum";
                    /** @description per_participant: what one participant would pay without support */
                    pricePerParticipantCents?: number;
                    /** @description Amount in euro cents, a positive whole number */
                    askedCents: number;
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
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
    getSupportApplication: {
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
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
    decideSupportApplication: {
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
                    approve: boolean;
                    /** @description The scoring form: 1 (weak) to 5 (strong) */
                    scores: {
                        reach: number;
                        targetGroup: number;
                        quality: number;
                        costs: number;
                    };
                    reason: string;
                    /** @description Amount in euro cents, a positive whole number */
                    grantedCents?: number;
                    /** @description lump_sum: paid on approval; the rest after the report. Default 75 */
                    advancePercent?: number;
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
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
    reportSupportApplication: {
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
                    participants: number;
                    evaluation: string;
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /** Format: uuid */
                        roundId: string;
                        roundName: string;
                        title: string;
                        description: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        wijk: {
                            code: string;
                            name: string;
                        };
                        targetGroup: string;
                        expectedReach: number;
                        /** @description Amount in euro cents, a positive whole number */
                        budgetCents: number;
                        /** @description per_participant: the price of each participant drops by the support; lump_sum: one amount */
                        supportKind: "per_participant" | "lump_sum";
                        pricePerParticipantCents: number | null;
                        /** @description Amount in euro cents, a positive whole number */
                        askedCents: number;
                        status: "submitted" | "approved" | "rejected" | "reported" | "closed";
                        priority: {
                            /** @description The wijk is a priority of the round */
                            wijk: boolean;
                            /** @description The target group is a priority of the round */
                            targetGroup: boolean;
                        };
                        scores: {
                            reach: number;
                            targetGroup: number;
                            quality: number;
                            costs: number;
                        } | null;
                        decisionReason: string | null;
                        grantedCents: number | null;
                        grantedPerParticipantCents: number | null;
                        /** @description Paid out of the actiebudget so far; per participant null below 10 participants */
                        paidCents: number | null;
                        /** @description per_participant: the offer on the pass */
                        offerId: string | null;
                        participants: {
                            onThePass: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description The partner's own count */
                            reported: number | null;
                        };
                        evaluation: string | null;
                        decidedAt: string | null;
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
    listPacts: {
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
                        items: components["schemas"]["Pact"][];
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
    createPact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    partnerId: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @description At least a year after startsOn
                     */
                    endsOn: string;
                    organisationCommitments: string;
                    partnerCommitments: string;
                    activitiesPerQuarter: number;
                    expectedReach: number;
                    /** @description Amount in euro cents */
                    supportCents: number;
                    evaluationMoments: string[];
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
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
    getPact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
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
    renewPact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The new pact runs from the day after the old one ends
                     */
                    endsOn: string;
                    evaluationMoments: string[];
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
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
    endPact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
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
                    endedOn: string;
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        startsOn: string;
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        endsOn: string;
                        organisationCommitments: string;
                        partnerCommitments: string;
                        activitiesPerQuarter: number;
                        expectedReach: number;
                        supportCents: number;
                        status: "active" | "renewed" | "ended";
                        endedOn: string | null;
                        endReason: string | null;
                        renewsPactId: string | null;
                        evaluations: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            moment: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            from: string;
                            /** @description The moment has come: the figures are filled in */
                            due: boolean;
                            activitiesHeld: number | null;
                            holdersReached: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            } | null;
                            /** @description null when not due, or when per-participant support is about fewer than 10 redemptions */
                            supportPaidCents: number | null;
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
    getPactDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pactId: string;
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
    listAppreciationQuotas: {
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
                        items: components["schemas"]["AppreciationQuota"][];
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
    createAppreciationQuota: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    partnerId: string;
                    passes: number;
                    /** @description Amount in euro cents */
                    pricePerPassCents: number;
                    /** @description Appreciation passes are paid by a sponsor or a municipal budget, never by the actiebudget */
                    fundedBy: "sponsor" | "municipal_budget";
                    /** @description The sponsor or the budget */
                    funderName: string;
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
                        partner: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                        passes: number;
                        codesMade: number;
                        codesUsed: number;
                        pricePerPassCents: number;
                        /** @description passes × price: what the quota costs its funder at most */
                        costCents: number;
                        /** @description codes used × price */
                        usedCostCents: number;
                        /** @description Appreciation passes are paid by a sponsor or a municipal budget, never by the actiebudget */
                        fundedBy: "sponsor" | "municipal_budget";
                        funderName: string;
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
    listAppreciationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quotaId: string;
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
                        items: components["schemas"]["AppreciationCode"][];
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
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
    createAppreciationCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                quotaId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A note for the partner, e.g. a first name */
                    label?: string;
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
                        code: string;
                        label: string | null;
                        used: boolean;
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
    activateAppreciationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    name: string;
                    /** Format: email */
                    email: string;
                    wijkCode: string;
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
                        passNumber: string;
                        /** Format: date */
                        validUntil: string;
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
    getTop30: {
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
                        month: string | null;
                        weights: components["schemas"]["Top30Weights"];
                        items: {
                            rank: number;
                            /** Format: uuid */
                            nominationId: string;
                            title: string;
                            description: string;
                            partnerName: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                            onThePass: boolean;
                            reach: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description 0 to 100 */
                            score: number;
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
    nominateTop30: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description: string;
                    wijkCode: string;
                    /** Format: uuid */
                    offerId?: string;
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
    scoreTop30Nomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                nominationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    score: number;
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
    setTop30Weights: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reach: number;
                    jury: number;
                    volunteerOrganisation: number;
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
    recomputeTop30: {
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
                        month: string | null;
                        weights: components["schemas"]["Top30Weights"];
                        items: {
                            rank: number;
                            /** Format: uuid */
                            nominationId: string;
                            title: string;
                            description: string;
                            partnerName: string;
                            wijk: {
                                code: string;
                                name: string;
                            };
                            onThePass: boolean;
                            reach: {
                                value: number | null;
                                /** @description true: fewer than 10 people, so no figure is shown */
                                suppressed: boolean;
                            };
                            /** @description 0 to 100 */
                            score: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: every invalid field is listed in invalidParams */
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
