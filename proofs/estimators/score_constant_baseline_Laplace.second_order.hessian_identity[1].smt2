; certjax: rule estimators.score_constant_baseline_Laplace, obligation 'second_order.hessian_identity[1]', verdict proved
; 2 negated queries, one per branch region; expected: unsat
(set-logic QF_NRA)
; region 1 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (< 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x129 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x157 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x158 (* (/ 1.0 2.0) ?x157)))
 (let ((?x159 (* ?x158 ?x129)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x59 (- ?x8)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x63 (+ ?x58 ?x62)))
 (let ((?x64 (- ?x63)))
 (let ((?x67 (+ ?x64 ?x66)))
 (let ((?x149 (* ?x129 ?x67)))
 (let ((?x156 (* |g2[0]| ?x149)))
 (let ((?x160 (+ ?x156 ?x159)))
 (let ((?x147 (- ?x58)))
 (let ((?x132 (* 0.0 ?x61)))
 (let ((?x144 (/ (- 1.0) scale)))
 (let ((?x145 (+ ?x144 ?x132)))
 (let ((?x146 (- ?x145)))
 (let ((?x148 (+ ?x146 ?x147)))
 (let ((?x153 (* ?x129 ?x148)))
 (let ((?x154 (* |g2[1]| ?x153)))
 (let ((?x150 (* ?x148 ?x149)))
 (let ((?x135 (/ 1.0 (* ?x60 scale))))
 (let ((?x137 (* ?x135 (- 2.0))))
 (let ((?x138 (* 0.0 ?x137)))
 (let ((?x139 (+ ?x132 ?x138)))
 (let ((?x140 (+ ?x61 ?x139)))
 (let ((?x141 (- ?x140)))
 (let ((?x133 (- ?x132)))
 (let ((?x142 (+ ?x133 ?x141)))
 (let ((?x143 (* ?x129 ?x142)))
 (let ((?x151 (+ ?x143 ?x150)))
 (let ((?x90 (- b)))
 (let ((?x131 (+ f2 ?x90)))
 (let ((?x152 (* ?x131 ?x151)))
 (let ((?x155 (+ ?x152 ?x154)))
 (let ((?x161 (+ ?x155 ?x160)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x103 (* ?x61 ?x102)))
 (let ((?x95 (* |g2[1]| 1.0)))
 (let ((?x70 (* ?x67 1.0)))
 (let ((?x93 (* f2 ?x70)))
 (let ((?x96 (+ ?x93 ?x95)))
 (let ((?x91 (* ?x90 ?x70)))
 (let ((?x97 (+ ?x91 ?x96)))
 (let ((?x98 (- ?x97)))
 (let ((?x99 (/ ?x98 scale)))
 (let ((?x104 (+ ?x99 ?x103)))
 (let ((?x105 (- ?x104)))
 (let ((?x87 (* |g2[0]| ?x70)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x71 (* (/ 1.0 2.0) ?x70)))
 (let ((?x72 (* 0.0 ?x71)))
 (let ((?x82 (+ ?x72 ?x75)))
 (let ((?x83 (* |h2[1,0]| ?x82)))
 (let ((?x79 (* 0.0 ?x75)))
 (let ((?x80 (+ ?x72 ?x79)))
 (let ((?x81 (* |h2[0,0]| ?x80)))
 (let ((?x84 (+ ?x81 ?x83)))
 (let ((?x76 (* |h2[0,1]| ?x75)))
 (let ((?x77 (+ ?x72 ?x76)))
 (let ((?x85 (+ ?x77 ?x84)))
 (let ((?x88 (+ ?x85 ?x87)))
 (let ((?x106 (+ ?x88 ?x105)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x107 (+ ?x57 ?x106)))
 (let ((?x130 (* ?x129 ?x107)))
 (or (and (distinct ?x130 ?x161) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
; region 2 of 2
(push 1)
(set-info :status unknown)
(declare-fun scale () Real)
(declare-fun loc () Real)
(declare-fun z () Real)
(declare-fun exp!2 () Real)
(declare-fun exp!3 () Real)
(declare-fun exp!1 () Real)
(declare-fun |h2[1,0]| () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun |g2[0]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,0]| () Real)
(declare-fun log!25 () Real)
(declare-fun log!22 () Real)
(assert
 (< 0.0 scale))
(assert
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x10 (/ ?x8 scale)))
 (> 0.0 ?x10)))))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (< 0.0 scale))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 true)
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let (($x15 (= 0.0 scale)))
 (not $x15)))
(assert
 (let ((?x852 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x157 (+ |h2[0,1]| |h2[1,0]|)))
 (let ((?x158 (* (/ 1.0 2.0) ?x157)))
 (let ((?x838 (* ?x158 ?x852)))
 (let ((?x65 (/ 1.0 scale)))
 (let ((?x66 (- ?x65)))
 (let ((?x60 (* scale scale)))
 (let ((?x61 (/ 1.0 ?x60)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x59 (- ?x8)))
 (let ((?x62 (* ?x59 ?x61)))
 (let ((?x58 (/ 0.0 scale)))
 (let ((?x63 (+ ?x58 ?x62)))
 (let ((?x163 (+ ?x63 ?x66)))
 (let ((?x845 (* ?x852 ?x163)))
 (let ((?x837 (* |g2[0]| ?x845)))
 (let ((?x183 (+ ?x837 ?x838)))
 (let ((?x147 (- ?x58)))
 (let ((?x132 (* 0.0 ?x61)))
 (let ((?x144 (/ (- 1.0) scale)))
 (let ((?x145 (+ ?x144 ?x132)))
 (let ((?x844 (+ ?x145 ?x147)))
 (let ((?x840 (* ?x852 ?x844)))
 (let ((?x841 (* |g2[1]| ?x840)))
 (let ((?x846 (* ?x844 ?x845)))
 (let ((?x135 (/ 1.0 (* ?x60 scale))))
 (let ((?x137 (* ?x135 (- 2.0))))
 (let ((?x138 (* 0.0 ?x137)))
 (let ((?x139 (+ ?x132 ?x138)))
 (let ((?x140 (+ ?x61 ?x139)))
 (let ((?x133 (- ?x132)))
 (let ((?x849 (+ ?x133 ?x140)))
 (let ((?x607 (* ?x852 ?x849)))
 (let ((?x597 (+ ?x607 ?x846)))
 (let ((?x90 (- b)))
 (let ((?x131 (+ f2 ?x90)))
 (let ((?x628 (* ?x131 ?x597)))
 (let ((?x842 (+ ?x628 ?x841)))
 (let ((?x184 (+ ?x842 ?x183)))
 (let ((?x101 (* f2 1.0)))
 (let ((?x100 (* ?x90 1.0)))
 (let ((?x102 (+ ?x100 ?x101)))
 (let ((?x673 (- ?x102)))
 (let ((?x856 (* ?x61 ?x673)))
 (let ((?x95 (* |g2[1]| 1.0)))
 (let ((?x833 (* ?x163 1.0)))
 (let ((?x670 (* f2 ?x833)))
 (let ((?x671 (+ ?x670 ?x95)))
 (let ((?x668 (* ?x90 ?x833)))
 (let ((?x672 (+ ?x668 ?x671)))
 (let ((?x274 (/ ?x672 scale)))
 (let ((?x857 (+ ?x274 ?x856)))
 (let ((?x675 (- ?x857)))
 (let ((?x663 (* |g2[0]| ?x833)))
 (let ((?x74 (+ (- 1.0) 1.0)))
 (let ((?x75 (* (/ 1.0 2.0) ?x74)))
 (let ((?x860 (* (/ 1.0 2.0) ?x833)))
 (let ((?x686 (* 0.0 ?x860)))
 (let ((?x197 (+ ?x686 ?x75)))
 (let ((?x656 (* |h2[1,0]| ?x197)))
 (let ((?x79 (* 0.0 ?x75)))
 (let ((?x655 (+ ?x686 ?x79)))
 (let ((?x194 (* |h2[0,0]| ?x655)))
 (let ((?x661 (+ ?x194 ?x656)))
 (let ((?x76 (* |h2[0,1]| ?x75)))
 (let ((?x651 (+ ?x686 ?x76)))
 (let ((?x662 (+ ?x651 ?x661)))
 (let ((?x667 (+ ?x662 ?x663)))
 (let ((?x836 (+ ?x667 ?x675)))
 (let ((?x56 (* |h2[1,0]| (/ 1.0 2.0))))
 (let ((?x54 (* |h2[0,1]| (/ 1.0 2.0))))
 (let ((?x57 (+ ?x54 ?x56)))
 (let ((?x854 (+ ?x57 ?x836)))
 (let ((?x848 (* ?x852 ?x854)))
 (or (and (distinct ?x848 ?x184) true))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!25 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!25)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!22 log!25) (< exp!2 exp!1)))
(assert
 (= (< log!25 log!22) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!22 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!22)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!25) (< exp!3 exp!1)))
(assert
 (= (< log!25 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!22) (< exp!3 exp!2)))
(assert
 (= (< log!22 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
