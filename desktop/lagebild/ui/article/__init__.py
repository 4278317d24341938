"""The article panel: German text with marks and the selected sentence."""
