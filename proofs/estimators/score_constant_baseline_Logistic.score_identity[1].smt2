; certjax: rule estimators.score_constant_baseline_Logistic, obligation 'score_identity[1]', verdict proved
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!25 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
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
 (let ((?x136 (- ?x8)))
 (let ((?x120 (/ 1.0 (* scale scale))))
 (let ((?x137 (* ?x120 ?x136)))
 (let ((?x135 (/ 0.0 scale)))
 (let ((?x138 (+ ?x135 ?x137)))
 (let ((?x140 (* ?x138 ?x34)))
 (let ((?x141 (/ ?x140 ?x30)))
 (let ((?x139 (- ?x138)))
 (let ((?x142 (+ ?x139 ?x141)))
 (let ((?x143 (* 2.0 ?x142)))
 (let ((?x144 (- ?x143)))
 (let ((?x145 (+ ?x139 ?x144)))
 (let ((?x133 (/ 1.0 scale)))
 (let ((?x134 (- ?x133)))
 (let ((?x146 (+ ?x134 ?x145)))
 (let ((?x109 (* exp!5 exp!5)))
 (let ((?x110 (/ (* (/ 1.0 exp!3) exp!1) ?x109)))
 (let ((?x147 (* ?x110 ?x146)))
 (let ((?x112 (- b)))
 (let ((?x132 (+ f ?x112)))
 (let ((?x148 (* ?x132 ?x147)))
 (let ((?x115 (* f 1.0)))
 (let ((?x113 (* ?x112 1.0)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x123 (* 2.0 ?x117)))
 (let ((?x121 (/ 1.0 exp!5)))
 (let ((?x124 (* ?x121 ?x123)))
 (let ((?x125 (- ?x124)))
 (let ((?x126 (+ ?x117 ?x125)))
 (let ((?x127 (* ?x120 ?x126)))
 (let ((?x128 (* ?x8 ?x127)))
 (let ((?x129 (- ?x128)))
 (let ((?x118 (/ ?x117 scale)))
 (let ((?x130 (+ ?x118 ?x129)))
 (let ((?x131 (* ?x110 ?x130)))
 (or (and (distinct ?x131 ?x148) true)))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x36 (< log!25 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!25)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!25 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!25)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!25 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!25)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!25 log!25)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!25 log!25)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!25 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!25)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!114 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!114)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!114 log!25)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!25 log!114)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!114 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!114)))
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
 (let (($x68 (< log!114 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!114)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!114 log!25)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!25 log!114)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!114 log!114)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!114 log!114)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!114 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!114)))
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
(declare-fun b () Real)
(declare-fun f () Real)
(declare-fun exp!2 () Real)
(declare-fun log!25 () Real)
(declare-fun exp!4 () Real)
(declare-fun log!114 () Real)
(declare-fun exp!5 () Real)
(declare-fun exp!6 () Real)
(declare-fun log!168 () Real)
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
 (let ((?x149 (/ 1.0 exp!1)))
 (let ((?x150 (+ 1.0 ?x149)))
 (< 0.0 ?x150))))
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
 (let ((?x149 (/ 1.0 exp!1)))
 (let ((?x150 (+ 1.0 ?x149)))
 (let (($x322 (= 0.0 ?x150)))
 (not $x322)))))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x149 (/ 1.0 exp!1)))
 (let ((?x150 (+ 1.0 ?x149)))
 (let (($x322 (= 0.0 ?x150)))
 (not $x322)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x16 (= 0.0 scale)))
 (not $x16)))
(assert
 (let ((?x149 (/ 1.0 exp!1)))
 (let ((?x150 (+ 1.0 ?x149)))
 (< 0.0 ?x150))))
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
 (let ((?x149 (/ 1.0 exp!1)))
 (let ((?x150 (+ 1.0 ?x149)))
 (let (($x322 (= 0.0 ?x150)))
 (not $x322)))))
(assert
 (let ((?x149 (/ 1.0 exp!1)))
 (let ((?x150 (+ 1.0 ?x149)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x136 (- ?x8)))
 (let ((?x120 (/ 1.0 (* scale scale))))
 (let ((?x137 (* ?x120 ?x136)))
 (let ((?x135 (/ 0.0 scale)))
 (let ((?x138 (+ ?x135 ?x137)))
 (let ((?x139 (- ?x138)))
 (let ((?x482 (* ?x139 ?x149)))
 (let ((?x483 (/ ?x482 ?x150)))
 (let ((?x476 (* 0.0 ?x139)))
 (let ((?x480 (+ ?x476 ?x483)))
 (let ((?x481 (* 2.0 ?x480)))
 (let ((?x173 (- ?x481)))
 (let ((?x174 (+ ?x139 ?x173)))
 (let ((?x133 (/ 1.0 scale)))
 (let ((?x134 (- ?x133)))
 (let ((?x508 (+ ?x134 ?x174)))
 (let ((?x202 (/ (/ (/ 1.0 exp!3) exp!1) (* exp!7 exp!7))))
 (let ((?x506 (* ?x202 ?x508)))
 (let ((?x112 (- b)))
 (let ((?x132 (+ f ?x112)))
 (let ((?x507 (* ?x132 ?x506)))
 (let ((?x115 (* f 1.0)))
 (let ((?x113 (* ?x112 1.0)))
 (let ((?x116 (+ ?x113 ?x115)))
 (let ((?x117 (- ?x116)))
 (let ((?x123 (* 2.0 ?x117)))
 (let ((?x203 (/ ?x149 exp!7)))
 (let ((?x209 (* ?x203 ?x123)))
 (let ((?x220 (- ?x209)))
 (let ((?x213 (+ ?x117 ?x220)))
 (let ((?x221 (* ?x120 ?x213)))
 (let ((?x222 (* ?x8 ?x221)))
 (let ((?x548 (- ?x222)))
 (let ((?x118 (/ ?x117 scale)))
 (let ((?x549 (+ ?x118 ?x548)))
 (let ((?x475 (* ?x202 ?x549)))
 (or (and (distinct ?x475 ?x507) true)))))))))))))))))))))))))))))))))))))))))))
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
 (let (($x36 (< log!25 ?x10)))
 (= $x36 (< exp!2 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!25)))
 (= $x26 (< exp!1 exp!2)))))))
(assert
 (> exp!2 0.0))
(assert
 (let (($x40 (> log!25 0.0)))
 (= $x40 (> exp!2 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!25)))
 (>= exp!2 ?x37)))
(assert
 (let (($x46 (= exp!2 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x46))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x36 (< log!25 ?x10)))
 (= $x36 (< exp!3 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x26 (< ?x10 log!25)))
 (= $x26 (< exp!1 exp!3)))))))
(assert
 (let (($x53 (< log!25 log!25)))
 (= $x53 (< exp!3 exp!2))))
(assert
 (let (($x53 (< log!25 log!25)))
 (= $x53 (< exp!2 exp!3))))
(assert
 (> exp!3 0.0))
(assert
 (let (($x40 (> log!25 0.0)))
 (= $x40 (> exp!3 1.0))))
(assert
 (let ((?x37 (+ 1.0 log!25)))
 (>= exp!3 ?x37)))
(assert
 (let (($x62 (= exp!3 scale)))
 (let (($x45 (> scale 0.0)))
 (=> $x45 $x62))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x68 (< log!114 ?x10)))
 (= $x68 (< exp!4 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!114)))
 (= $x71 (< exp!1 exp!4)))))))
(assert
 (let (($x74 (< log!114 log!25)))
 (= $x74 (< exp!4 exp!3))))
(assert
 (let (($x77 (< log!25 log!114)))
 (= $x77 (< exp!3 exp!4))))
(assert
 (> exp!4 0.0))
(assert
 (let (($x81 (> log!114 0.0)))
 (= $x81 (> exp!4 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!114)))
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
 (let (($x68 (< log!114 ?x10)))
 (= $x68 (< exp!5 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x71 (< ?x10 log!114)))
 (= $x71 (< exp!1 exp!5)))))))
(assert
 (let (($x74 (< log!114 log!25)))
 (= $x74 (< exp!5 exp!3))))
(assert
 (let (($x77 (< log!25 log!114)))
 (= $x77 (< exp!3 exp!5))))
(assert
 (let (($x98 (< log!114 log!114)))
 (= $x98 (< exp!5 exp!4))))
(assert
 (let (($x98 (< log!114 log!114)))
 (= $x98 (< exp!4 exp!5))))
(assert
 (> exp!5 0.0))
(assert
 (let (($x81 (> log!114 0.0)))
 (= $x81 (> exp!5 1.0))))
(assert
 (let ((?x84 (+ 1.0 log!114)))
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
 (let (($x685 (< log!168 ?x10)))
 (= $x685 (< exp!6 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x860 (< ?x10 log!168)))
 (= $x860 (< exp!1 exp!6)))))))
(assert
 (let (($x861 (< log!168 log!25)))
 (= $x861 (< exp!6 exp!3))))
(assert
 (let (($x857 (< log!25 log!168)))
 (= $x857 (< exp!3 exp!6))))
(assert
 (let (($x838 (< log!168 log!114)))
 (= $x838 (< exp!6 exp!5))))
(assert
 (let (($x852 (< log!114 log!168)))
 (= $x852 (< exp!5 exp!6))))
(assert
 (> exp!6 0.0))
(assert
 (let (($x850 (> log!168 0.0)))
 (= $x850 (> exp!6 1.0))))
(assert
 (let ((?x846 (+ 1.0 log!168)))
 (>= exp!6 ?x846)))
(assert
 (let ((?x149 (/ 1.0 exp!1)))
 (let ((?x150 (+ 1.0 ?x149)))
 (let (($x655 (> ?x150 0.0)))
 (=> $x655 (= exp!6 ?x150))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x685 (< log!168 ?x10)))
 (= $x685 (< exp!7 exp!1)))))))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (let (($x860 (< ?x10 log!168)))
 (= $x860 (< exp!1 exp!7)))))))
(assert
 (let (($x861 (< log!168 log!25)))
 (= $x861 (< exp!7 exp!3))))
(assert
 (let (($x857 (< log!25 log!168)))
 (= $x857 (< exp!3 exp!7))))
(assert
 (let (($x838 (< log!168 log!114)))
 (= $x838 (< exp!7 exp!5))))
(assert
 (let (($x852 (< log!114 log!168)))
 (= $x852 (< exp!5 exp!7))))
(assert
 (let (($x845 (< log!168 log!168)))
 (= $x845 (< exp!7 exp!6))))
(assert
 (let (($x845 (< log!168 log!168)))
 (= $x845 (< exp!6 exp!7))))
(assert
 (> exp!7 0.0))
(assert
 (let (($x850 (> log!168 0.0)))
 (= $x850 (> exp!7 1.0))))
(assert
 (let ((?x846 (+ 1.0 log!168)))
 (>= exp!7 ?x846)))
(assert
 (let ((?x149 (/ 1.0 exp!1)))
(let ((?x150 (+ 1.0 ?x149)))
(let (($x655 (> ?x150 0.0)))
(=> $x655 (= exp!7 ?x150))))))
(check-sat)
(pop 1)
