package np.khaacho.saga.taxoffice;

import np.khaacho.kernel.invoice.TaxOfficeState;

/**
 * What a report's attempt came to: accepted, a failure that may pass (RETRYING), or refused as wrong.
 * CBMS answers with a number: 200 saved; 101 the bill exists already (an earlier try landed: accepted);
 * 100 credentials do not match, 102 exception while saving, 103 unknown exception (may pass); 104 model
 * invalid, 105 the returned bill does not exist (the report is wrong).
 */
record CbmsAnswer(TaxOfficeState state, String detail) {

    static CbmsAnswer ofCode(int code) {
        return switch (code) {
            case 200 -> new CbmsAnswer(TaxOfficeState.ACCEPTED, "200: saved");
            case 101 -> new CbmsAnswer(TaxOfficeState.ACCEPTED, "101: the bill exists already");
            case 100 -> failed("100: API credentials do not match");
            case 102 -> failed("102: exception while saving bill details");
            case 103 -> failed("103: unknown exception");
            case 104 -> new CbmsAnswer(TaxOfficeState.REFUSED, "104: model invalid");
            case 105 -> new CbmsAnswer(TaxOfficeState.REFUSED, "105: bill does not exist");
            default -> failed(code + ": an answer CBMS does not document");
        };
    }

    static CbmsAnswer failed(String detail) {
        return new CbmsAnswer(TaxOfficeState.RETRYING, detail);
    }
}
