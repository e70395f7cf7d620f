"""Writers (xlsx, csv, json, ClaimReview) and the Excel round trip that reads them back."""
