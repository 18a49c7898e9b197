enum InfluenceMapsPlaceholder {}
