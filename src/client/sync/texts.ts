// Everything the sync loop tells people, in one place (plain Dutch, B1).
export const syncTexts = {
  loggedOut: 'Je bent niet ingelogd. Log in om je werk met het team te delen. Wat je hebt ingevuld, blijft op dit apparaat bewaard.',
  sessionEnded:
    'Je bent uitgelogd, bijvoorbeeld omdat je sessie is verlopen. Log opnieuw in. Wat je hebt ingevuld, blijft op dit apparaat en wordt daarna verstuurd.',
  deviceRevoked:
    'Dit apparaat is ingetrokken door je team. Daarom zijn alle gegevens van Voordeur van dit apparaat gewist. Vraag je teamleider of beheerder wat er aan de hand is.',
  updateRequired:
    'Werk de app bij om verder te kunnen bijwerken: sluit Voordeur helemaal af en open de app opnieuw. Je wijzigingen blijven bewaard en worden daarna verstuurd.',
  serverError: 'De server doet het even niet. We proberen het vanzelf opnieuw. Je wijzigingen blijven op dit apparaat bewaard.',
  tooLarge: 'Een wijziging is te groot om te versturen. Maak de tekst korter. De wijziging blijft op dit apparaat bewaard.',
  resyncBlocked:
    'Dit apparaat moet alle gegevens van het team opnieuw ophalen, maar er wachten nog wijzigingen. We proberen het straks opnieuw.',
  forbidden: 'Je hebt geen toegang (meer) tot dit team. Vraag je teamleider om je toe te voegen.',
  unexpected: 'Bijwerken lukte niet. We proberen het vanzelf opnieuw. Je wijzigingen blijven op dit apparaat bewaard.',
  foreignClient:
    'Deze wijziging is op dit apparaat gemaakt toen iemand anders was ingelogd. Ze is niet verstuurd en blijft hier bewaard. Vraag je beheerder om hulp.',
  malformedAnswer: 'De server gaf een antwoord dat de app niet begrijpt. Er is niets van overgenomen. We proberen het vanzelf opnieuw. Je wijzigingen blijven op dit apparaat bewaard.',
  offline: 'Er is geen verbinding met de server. Controleer je internet en probeer het opnieuw.',
} as const;
