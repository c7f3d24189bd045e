; certjax: rule estimators.score_Logistic, obligation 'score_identity[0]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!24 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!102 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (< 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x38 (= 0.0 ?x30)))
 (not $x38)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x38 (= 0.0 ?x30)))
 (not $x38)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (< 0.0 ?x30))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x38 (= 0.0 ?x30)))
 (not $x38)))))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let ((?x127 (/ 1.0 (* scale scale))))
 (let ((?x128 (* 0.0 ?x127)))
 (let ((?x125 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x125 ?x128)))
 (let ((?x131 (* ?x129 ?x34)))
 (let ((?x132 (/ ?x131 ?x30)))
 (let ((?x130 (- ?x129)))
 (let ((?x133 (+ ?x130 ?x132)))
 (let ((?x134 (* 2.0 ?x133)))
 (let ((?x135 (- ?x134)))
 (let ((?x136 (+ ?x130 ?x135)))
 (let ((?x122 (/ 0.0 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x137 (+ ?x123 ?x136)))
 (let ((?x109 (* exp!5 exp!5)))
 (let ((?x110 (/ (* (/ 1.0 exp!3) exp!1) ?x109)))
 (let ((?x138 (* ?x110 ?x137)))
 (let ((?x139 (* f ?x138)))
 (let ((?x115 (/ 1.0 exp!5)))
 (let ((?x112 (- f)))
 (let ((?x114 (* 2.0 ?x112)))
 (let ((?x116 (* ?x114 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x118 (+ ?x112 ?x117)))
 (let ((?x119 (/ ?x118 scale)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (* ?x110 ?x120)))
 (or (and (distinct ?x121 ?x139) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!102 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!102)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!102 log!24)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!24 log!102)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!102 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!102)))
 (>= exp!4 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x86 (> ?x30 0.0)))
 (=> $x86 (= exp!4 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!102 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!102)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!102 log!24)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!24 log!102)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!102 log!102)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!102 log!102)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!102 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!102)))
 (>= exp!5 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
(let ((?x30 (+ 1.0 ?x34)))
(let (($x86 (> ?x30 0.0)))
(=> $x86 (= exp!5 ?x30))))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!1 () Real)
(declare-fun exp!7 () Real)
(declare-fun exp!3 () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!24 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!102 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!147 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let ((?x11 (- ?x10)))
 (> 0.0 ?x11))))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
 (let ((?x141 (+ 1.0 ?x140)))
 (< 0.0 ?x141))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
 (let ((?x141 (+ 1.0 ?x140)))
 (let (($x628 (= 0.0 ?x141)))
 (not $x628)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
 (let ((?x141 (+ 1.0 ?x140)))
 (let (($x628 (= 0.0 ?x141)))
 (not $x628)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
 (let ((?x141 (+ 1.0 ?x140)))
 (< 0.0 ?x141))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
 (let ((?x141 (+ 1.0 ?x140)))
 (let (($x628 (= 0.0 ?x141)))
 (not $x628)))))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
 (let ((?x141 (+ 1.0 ?x140)))
 (let ((?x127 (/ 1.0 (* scale scale))))
 (let ((?x128 (* 0.0 ?x127)))
 (let ((?x125 (/ (- 1.0) scale)))
 (let ((?x129 (+ ?x125 ?x128)))
 (let ((?x130 (- ?x129)))
 (let ((?x290 (* ?x130 ?x140)))
 (let ((?x291 (/ ?x290 ?x141)))
 (let ((?x286 (* 0.0 ?x130)))
 (let ((?x183 (+ ?x286 ?x291)))
 (let ((?x186 (* 2.0 ?x183)))
 (let ((?x193 (- ?x186)))
 (let ((?x194 (+ ?x130 ?x193)))
 (let ((?x122 (/ 0.0 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x195 (+ ?x123 ?x194)))
 (let ((?x312 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x196 (* ?x312 ?x195)))
 (let ((?x364 (* f ?x196)))
 (let ((?x309 (/ ?x140 exp!7)))
 (let ((?x112 (- f)))
 (let ((?x114 (* 2.0 ?x112)))
 (let ((?x310 (* ?x114 ?x309)))
 (let ((?x280 (- ?x310)))
 (let ((?x281 (+ ?x112 ?x280)))
 (let ((?x287 (/ ?x281 scale)))
 (let ((?x288 (- ?x287)))
 (let ((?x285 (* ?x312 ?x288)))
 (or (and (distinct ?x285 ?x364) true))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 (/ (+ z (- loc)) scale))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!24 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!24)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!24 log!24)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!24 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!24)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!102 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!102)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!102 log!24)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!24 log!102)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!102 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!102)))
 (>= exp!4 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x86 (> ?x30 0.0)))
 (=> $x86 (= exp!4 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!102 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!102)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!102 log!24)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!24 log!102)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!102 log!102)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!102 log!102)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!102 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!102)))
 (>= exp!5 ?x84)))
(assert
 (let ((?x34 (* 1.0 exp!1)))
 (let ((?x30 (+ 1.0 ?x34)))
 (let (($x86 (> ?x30 0.0)))
 (=> $x86 (= exp!5 ?x30))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x629 (< log!147 ?x10)))
 (= $x629 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x625 (< ?x10 log!147)))
 (= $x625 (< exp!1 exp!6)))))))
(assert
 (let (($x622 (< log!147 log!24)))
 (= $x622 (< exp!6 exp!3))))
(assert
 (let (($x180 (< log!24 log!147)))
 (= $x180 (< exp!3 exp!6))))
(assert
 (let (($x452 (< log!147 log!102)))
 (= $x452 (< exp!6 exp!5))))
(assert
 (let (($x620 (< log!102 log!147)))
 (= $x620 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x617 (> log!147 0.0)))
 (= $x617 (> exp!6 1.0))))
(assert
 (let ((?x612 (+ 1.0 log!147)))
 (>= exp!6 ?x612)))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
 (let ((?x141 (+ 1.0 ?x140)))
 (let (($x614 (> ?x141 0.0)))
 (=> $x614 (= exp!6 ?x141))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x629 (< log!147 ?x10)))
 (= $x629 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x625 (< ?x10 log!147)))
 (= $x625 (< exp!1 exp!7)))))))
(assert
 (let (($x622 (< log!147 log!24)))
 (= $x622 (< exp!7 exp!3))))
(assert
 (let (($x180 (< log!24 log!147)))
 (= $x180 (< exp!3 exp!7))))
(assert
 (let (($x452 (< log!147 log!102)))
 (= $x452 (< exp!7 exp!5))))
(assert
 (let (($x620 (< log!102 log!147)))
 (= $x620 (< exp!5 exp!7))))
(assert
 (let (($x631 (< log!147 log!147)))
 (= $x631 (< exp!7 exp!6))))
(assert
 (let (($x631 (< log!147 log!147)))
 (= $x631 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x617 (> log!147 0.0)))
 (= $x617 (> exp!7 1.0))))
(assert
 (let ((?x612 (+ 1.0 log!147)))
 (>= exp!7 ?x612)))
(assert
 (let ((?x140 (/ 1.0 exp!1)))
(let ((?x141 (+ 1.0 ?x140)))
(let (($x614 (> ?x141 0.0)))
(=> $x614 (= exp!7 ?x141))))))
(check-sat)
(pop 1)
