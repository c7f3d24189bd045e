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
(declare-fun log!111 () Real)
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
 (let ((?x130 (/ 1.0 (* scale scale))))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x132 (+ ?x128 ?x131)))
 (let ((?x134 (* ?x132 ?x34)))
 (let ((?x135 (/ ?x134 ?x30)))
 (let ((?x133 (- ?x132)))
 (let ((?x136 (+ ?x133 ?x135)))
 (let ((?x137 (* 2.0 ?x136)))
 (let ((?x138 (- ?x137)))
 (let ((?x139 (+ ?x133 ?x138)))
 (let ((?x125 (/ 0.0 scale)))
 (let ((?x126 (- ?x125)))
 (let ((?x140 (+ ?x126 ?x139)))
 (let ((?x109 (* exp!5 exp!5)))
 (let ((?x110 (/ (* (/ 1.0 exp!3) exp!1) ?x109)))
 (let ((?x141 (* ?x110 ?x140)))
 (let ((?x142 (* f ?x141)))
 (let ((?x113 (* f 1.0)))
 (let ((?x111 (* 0.0 1.0)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (* 2.0 ?x115)))
 (let ((?x116 (/ 1.0 exp!5)))
 (let ((?x119 (* ?x116 ?x118)))
 (let ((?x120 (- ?x119)))
 (let ((?x121 (+ ?x115 ?x120)))
 (let ((?x122 (/ ?x121 scale)))
 (let ((?x123 (- ?x122)))
 (let ((?x124 (* ?x110 ?x123)))
 (or (and (distinct ?x124 ?x142) true)))))))))))))))))))))))))))))))))))
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
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
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
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
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
(declare-fun log!111 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!165 () Real)
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
 (let (($x633 (= 0.0 ?x144)))
 (not $x633)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x633 (= 0.0 ?x144)))
 (not $x633)))))
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
 (let (($x633 (= 0.0 ?x144)))
 (not $x633)))))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let ((?x130 (/ 1.0 (* scale scale))))
 (let ((?x131 (* 0.0 ?x130)))
 (let ((?x128 (/ (- 1.0) scale)))
 (let ((?x132 (+ ?x128 ?x131)))
 (let ((?x133 (- ?x132)))
 (let ((?x187 (* ?x133 ?x143)))
 (let ((?x337 (/ ?x187 ?x144)))
 (let ((?x186 (* 0.0 ?x133)))
 (let ((?x338 (+ ?x186 ?x337)))
 (let ((?x339 (* 2.0 ?x338)))
 (let ((?x321 (- ?x339)))
 (let ((?x343 (+ ?x133 ?x321)))
 (let ((?x125 (/ 0.0 scale)))
 (let ((?x126 (- ?x125)))
 (let ((?x344 (+ ?x126 ?x343)))
 (let ((?x285 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x346 (* ?x285 ?x344)))
 (let ((?x340 (* f ?x346)))
 (let ((?x113 (* f 1.0)))
 (let ((?x111 (* 0.0 1.0)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x118 (* 2.0 ?x115)))
 (let ((?x286 (/ ?x143 exp!7)))
 (let ((?x292 (* ?x286 ?x118)))
 (let ((?x293 (- ?x292)))
 (let ((?x290 (+ ?x115 ?x293)))
 (let ((?x291 (/ ?x290 scale)))
 (let ((?x184 (- ?x291)))
 (let ((?x189 (* ?x285 ?x184)))
 (or (and (distinct ?x189 ?x340) true)))))))))))))))))))))))))))))))))))
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
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
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
 (let (($x68 (< log!111 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!111)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!111 log!24)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!24 log!111)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!111 log!111)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!111 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!111)))
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
 (let (($x634 (< log!165 ?x10)))
 (= $x634 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x630 (< ?x10 log!165)))
 (= $x630 (< exp!1 exp!6)))))))
(assert
 (let (($x627 (< log!165 log!24)))
 (= $x627 (< exp!6 exp!3))))
(assert
 (let (($x183 (< log!24 log!165)))
 (= $x183 (< exp!3 exp!6))))
(assert
 (let (($x457 (< log!165 log!111)))
 (= $x457 (< exp!6 exp!5))))
(assert
 (let (($x625 (< log!111 log!165)))
 (= $x625 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x622 (> log!165 0.0)))
 (= $x622 (> exp!6 1.0))))
(assert
 (let ((?x617 (+ 1.0 log!165)))
 (>= exp!6 ?x617)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
 (let ((?x144 (+ 1.0 ?x143)))
 (let (($x619 (> ?x144 0.0)))
 (=> $x619 (= exp!6 ?x144))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x634 (< log!165 ?x10)))
 (= $x634 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x630 (< ?x10 log!165)))
 (= $x630 (< exp!1 exp!7)))))))
(assert
 (let (($x627 (< log!165 log!24)))
 (= $x627 (< exp!7 exp!3))))
(assert
 (let (($x183 (< log!24 log!165)))
 (= $x183 (< exp!3 exp!7))))
(assert
 (let (($x457 (< log!165 log!111)))
 (= $x457 (< exp!7 exp!5))))
(assert
 (let (($x625 (< log!111 log!165)))
 (= $x625 (< exp!5 exp!7))))
(assert
 (let (($x636 (< log!165 log!165)))
 (= $x636 (< exp!7 exp!6))))
(assert
 (let (($x636 (< log!165 log!165)))
 (= $x636 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x622 (> log!165 0.0)))
 (= $x622 (> exp!7 1.0))))
(assert
 (let ((?x617 (+ 1.0 log!165)))
 (>= exp!7 ?x617)))
(assert
 (let ((?x143 (/ 1.0 exp!1)))
(let ((?x144 (+ 1.0 ?x143)))
(let (($x619 (> ?x144 0.0)))
(=> $x619 (= exp!7 ?x144))))))
(check-sat)
(pop 1)
