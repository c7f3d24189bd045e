; certjax: rule estimators.score_Logistic, obligation 'score_identity[1]', verdict proved
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
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x130 (- ?x8)))
 (let ((?x115 (/ 1.0 (* scale scale))))
 (let ((?x131 (* ?x115 ?x130)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x134 (* ?x132 ?x34)))
 (let ((?x135 (/ ?x134 ?x30)))
 (let ((?x133 (- ?x132)))
 (let ((?x136 (+ ?x133 ?x135)))
 (let ((?x137 (* 2.0 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x139 (+ ?x133 ?x138)))
 (let ((?x127 (/ 1.0 scale)))
 (let ((?x128 (- ?x127)))
 (let ((?x140 (+ ?x128 ?x139)))
 (let ((?x109 (* exp!5 exp!5)))
 (let ((?x110 (/ (* (/ 1.0 exp!3) exp!1) ?x109)))
 (let ((?x141 (* ?x110 ?x140)))
 (let ((?x142 (* f ?x141)))
 (let ((?x118 (/ 1.0 exp!5)))
 (let ((?x112 (- f)))
 (let ((?x117 (* 2.0 ?x112)))
 (let ((?x119 (* ?x117 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x112 ?x120)))
 (let ((?x122 (* ?x115 ?x121)))
 (let ((?x123 (* ?x8 ?x122)))
 (let ((?x124 (- ?x123)))
 (let ((?x113 (/ ?x112 scale)))
 (let ((?x125 (+ ?x113 ?x124)))
 (let ((?x126 (* ?x110 ?x125)))
 (or (and (distinct ?x126 ?x142) true))))))))))))))))))))))))))))))))))))))
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
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (< 0.0 ?x144))))
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
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x250 (= 0.0 ?x144)))
 (not $x250)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x250 (= 0.0 ?x144)))
 (not $x250)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (< 0.0 ?x144))))
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
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x250 (= 0.0 ?x144)))
 (not $x250)))))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x130 (- ?x8)))
 (let ((?x115 (/ 1.0 (* scale scale))))
 (let ((?x131 (* ?x115 ?x130)))
 (let ((?x129 (/ 0.0 scale)))
 (let ((?x132 (+ ?x129 ?x131)))
 (let ((?x133 (- ?x132)))
 (let ((?x398 (* ?x133 ?x143)))
 (let ((?x188 (/ ?x398 ?x144)))
 (let ((?x397 (* 0.0 ?x133)))
 (let ((?x191 (+ ?x397 ?x188)))
 (let ((?x471 (* 2.0 ?x191)))
 (let ((?x496 (- ?x471)))
 (let ((?x497 (+ ?x133 ?x496)))
 (let ((?x127 (/ 1.0 scale)))
 (let ((?x128 (- ?x127)))
 (let ((?x498 (+ ?x128 ?x497)))
 (let ((?x418 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x494 (* ?x418 ?x498)))
 (let ((?x495 (* f ?x494)))
 (let ((?x419 (/ ?x143 exp!7)))
 (let ((?x112 (- f)))
 (let ((?x117 (* 2.0 ?x112)))
 (let ((?x416 (* ?x117 ?x419)))
 (let ((?x417 (- ?x416)))
 (let ((?x387 (+ ?x112 ?x417)))
 (let ((?x388 (* ?x115 ?x387)))
 (let ((?x394 (* ?x8 ?x388)))
 (let ((?x395 (- ?x394)))
 (let ((?x113 (/ ?x112 scale)))
 (let ((?x392 (+ ?x113 ?x395)))
 (let ((?x393 (* ?x418 ?x392)))
 (or (and (distinct ?x393 ?x495) true))))))))))))))))))))))))))))))))))))))
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
 (let (($x593 (< log!147 ?x10)))
 (= $x593 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x771 (< ?x10 log!147)))
 (= $x771 (< exp!1 exp!6)))))))
(assert
 (let (($x772 (< log!147 log!24)))
 (= $x772 (< exp!6 exp!3))))
(assert
 (let (($x768 (< log!24 log!147)))
 (= $x768 (< exp!3 exp!6))))
(assert
 (let (($x749 (< log!147 log!102)))
 (= $x749 (< exp!6 exp!5))))
(assert
 (let (($x763 (< log!102 log!147)))
 (= $x763 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x761 (> log!147 0.0)))
 (= $x761 (> exp!6 1.0))))
(assert
 (let ((?x758 (+ 1.0 log!147)))
 (>= exp!6 ?x758)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x535 (> ?x144 0.0)))
 (=> $x535 (= exp!6 ?x144))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x593 (< log!147 ?x10)))
 (= $x593 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x771 (< ?x10 log!147)))
 (= $x771 (< exp!1 exp!7)))))))
(assert
 (let (($x772 (< log!147 log!24)))
 (= $x772 (< exp!7 exp!3))))
(assert
 (let (($x768 (< log!24 log!147)))
 (= $x768 (< exp!3 exp!7))))
(assert
 (let (($x749 (< log!147 log!102)))
 (= $x749 (< exp!7 exp!5))))
(assert
 (let (($x763 (< log!102 log!147)))
 (= $x763 (< exp!5 exp!7))))
(assert
 (let (($x759 (< log!147 log!147)))
 (= $x759 (< exp!7 exp!6))))
(assert
 (let (($x759 (< log!147 log!147)))
 (= $x759 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x761 (> log!147 0.0)))
 (= $x761 (> exp!7 1.0))))
(assert
 (let ((?x758 (+ 1.0 log!147)))
 (>= exp!7 ?x758)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
(let ((?x144 (+ 1.0 ?x143)))
(let (($x535 (> ?x144 0.0)))
(=> $x535 (= exp!7 ?x144))))))
(check-sat)
(pop 1)
