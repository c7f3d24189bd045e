; certjax: rule estimators.score_loo_baseline_Laplace, obligation 'second_order.hessian_identity[3]', verdict proved
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x139 (/ (/ (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x155 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x156 (* (/ 1.0 2.0) ?x155)))
 (let ((?x157 (* ?x156 ?x139)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x62 (- ?x61)))
 (let ((?x65 (+ ?x62 ?x64)))
 (let ((?x149 (* ?x139 ?x65)))
 (let ((?x153 (* |g2[1]| ?x149)))
 (let ((?x158 (+ ?x153 ?x157)))
 (let ((?x150 (* ?x65 ?x149)))
 (let ((?x105 (/ 1.0 (* ?x58 scale))))
 (let ((?x107 (* ?x105 (- 2.0))))
 (let ((?x143 (* ?x57 ?x107)))
 (let ((?x142 (* 0.0 ?x59)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x145 (+ ?x142 ?x144)))
 (let ((?x146 (- ?x145)))
 (let ((?x147 (+ ?x59 ?x146)))
 (let ((?x148 (* ?x139 ?x147)))
 (let ((?x151 (+ ?x148 ?x150)))
 (let ((?x88 (- b)))
 (let ((?x141 (+ f2 ?x88)))
 (let ((?x152 (* ?x141 ?x151)))
 (let ((?x154 (+ ?x152 ?x153)))
 (let ((?x159 (+ ?x154 ?x158)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x108 (- ?x99)))
 (let ((?x112 (* ?x59 ?x108)))
 (let ((?x113 (* 0.0 ?x112)))
 (let ((?x109 (* ?x107 ?x108)))
 (let ((?x92 (* |g2[1]| 1.0)))
 (let ((?x68 (* ?x65 1.0)))
 (let ((?x91 (* f2 ?x68)))
 (let ((?x93 (+ ?x91 ?x92)))
 (let ((?x89 (* ?x88 ?x68)))
 (let ((?x94 (+ ?x89 ?x93)))
 (let ((?x95 (- ?x94)))
 (let ((?x103 (* ?x59 ?x95)))
 (let ((?x110 (+ ?x103 ?x109)))
 (let ((?x111 (* ?x8 ?x110)))
 (let ((?x114 (+ ?x111 ?x113)))
 (let ((?x115 (- ?x114)))
 (let ((?x100 (* ?x59 ?x99)))
 (let ((?x96 (/ ?x95 scale)))
 (let ((?x101 (+ ?x96 ?x100)))
 (let ((?x85 (* |g2[1]| ?x68)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x69 (* (/ 1.0 2.0) ?x68)))
 (let ((?x70 (* 0.0 ?x69)))
 (let ((?x80 (+ ?x70 ?x73)))
 (let ((?x81 (* |h2[1,1]| ?x80)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x78 (+ ?x70 ?x77)))
 (let ((?x79 (* |h2[0,1]| ?x78)))
 (let ((?x82 (+ ?x79 ?x81)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x75 (+ ?x70 ?x74)))
 (let ((?x83 (+ ?x75 ?x82)))
 (let ((?x86 (+ ?x83 ?x85)))
 (let ((?x102 (+ ?x86 ?x101)))
 (let ((?x116 (+ ?x102 ?x115)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x117 (+ ?x55 ?x116)))
 (let ((?x140 (* ?x139 ?x117)))
 (or (and (distinct ?x140 ?x159) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
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
(declare-fun |h2[1,1]| () Real)
(declare-fun |g2[1]| () Real)
(declare-fun b () Real)
(declare-fun f2 () Real)
(declare-fun |h2[0,1]| () Real)
(declare-fun log!26 () Real)
(declare-fun log!23 () Real)
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
 (let ((?x983 (/ (* (/ 1.0 exp!1) exp!3) exp!2)))
 (let ((?x155 (+ |h2[1,1]| |h2[1,1]|)))
 (let ((?x156 (* (/ 1.0 2.0) ?x155)))
 (let ((?x182 (* ?x156 ?x983)))
 (let ((?x63 (/ 1.0 scale)))
 (let ((?x64 (- ?x63)))
 (let ((?x58 (* scale scale)))
 (let ((?x59 (/ 1.0 ?x58)))
 (let ((?x7 (- loc)))
 (let ((?x8 (+ z ?x7)))
 (let ((?x57 (- ?x8)))
 (let ((?x60 (* ?x57 ?x59)))
 (let ((?x56 (/ 0.0 scale)))
 (let ((?x61 (+ ?x56 ?x60)))
 (let ((?x161 (+ ?x61 ?x64)))
 (let ((?x978 (* ?x983 ?x161)))
 (let ((?x976 (* |g2[1]| ?x978)))
 (let ((?x970 (+ ?x976 ?x182)))
 (let ((?x979 (* ?x161 ?x978)))
 (let ((?x105 (/ 1.0 (* ?x58 scale))))
 (let ((?x107 (* ?x105 (- 2.0))))
 (let ((?x143 (* ?x57 ?x107)))
 (let ((?x142 (* 0.0 ?x59)))
 (let ((?x144 (+ ?x142 ?x143)))
 (let ((?x145 (+ ?x142 ?x144)))
 (let ((?x731 (+ ?x59 ?x145)))
 (let ((?x748 (* ?x983 ?x731)))
 (let ((?x980 (+ ?x748 ?x979)))
 (let ((?x88 (- b)))
 (let ((?x141 (+ f2 ?x88)))
 (let ((?x975 (* ?x141 ?x980)))
 (let ((?x181 (+ ?x975 ?x976)))
 (let ((?x972 (+ ?x181 ?x970)))
 (let ((?x98 (* f2 1.0)))
 (let ((?x97 (* ?x88 1.0)))
 (let ((?x99 (+ ?x97 ?x98)))
 (let ((?x100 (* ?x59 ?x99)))
 (let ((?x989 (* 0.0 ?x100)))
 (let ((?x995 (* ?x107 ?x99)))
 (let ((?x92 (* |g2[1]| 1.0)))
 (let ((?x336 (* ?x161 1.0)))
 (let ((?x803 (* f2 ?x336)))
 (let ((?x805 (+ ?x803 ?x92)))
 (let ((?x802 (* ?x88 ?x336)))
 (let ((?x806 (+ ?x802 ?x805)))
 (let ((?x971 (* ?x59 ?x806)))
 (let ((?x810 (+ ?x971 ?x995)))
 (let ((?x992 (* ?x8 ?x810)))
 (let ((?x990 (+ ?x992 ?x989)))
 (let ((?x986 (- ?x990)))
 (let ((?x807 (- ?x806)))
 (let ((?x270 (/ ?x807 scale)))
 (let ((?x808 (+ ?x270 ?x100)))
 (let ((?x797 (* |g2[1]| ?x336)))
 (let ((?x72 (+ (- 1.0) 1.0)))
 (let ((?x73 (* (/ 1.0 2.0) ?x72)))
 (let ((?x997 (* (/ 1.0 2.0) ?x336)))
 (let ((?x998 (* 0.0 ?x997)))
 (let ((?x190 (+ ?x998 ?x73)))
 (let ((?x193 (* |h2[1,1]| ?x190)))
 (let ((?x77 (* 0.0 ?x73)))
 (let ((?x786 (+ ?x998 ?x77)))
 (let ((?x790 (* |h2[0,1]| ?x786)))
 (let ((?x791 (+ ?x790 ?x193)))
 (let ((?x74 (* |h2[1,1]| ?x73)))
 (let ((?x816 (+ ?x998 ?x74)))
 (let ((?x796 (+ ?x816 ?x791)))
 (let ((?x798 (+ ?x796 ?x797)))
 (let ((?x994 (+ ?x798 ?x808)))
 (let ((?x987 (+ ?x994 ?x986)))
 (let ((?x54 (* |h2[1,1]| (/ 1.0 2.0))))
 (let ((?x55 (+ ?x54 ?x54)))
 (let ((?x740 (+ ?x55 ?x987)))
 (let ((?x984 (* ?x983 ?x740)))
 (or (and (distinct ?x984 ?x972) true)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (> exp!1 0.0))
(assert
 (= (> log!26 0.0) (> exp!1 1.0)))
(assert
 (>= exp!1 (+ 1.0 log!26)))
(assert
 (let (($x34 (= exp!1 scale)))
 (=> (> scale 0.0) $x34)))
(assert
 (= (< log!23 log!26) (< exp!2 exp!1)))
(assert
 (= (< log!26 log!23) (< exp!1 exp!2)))
(assert
 (> exp!2 0.0))
(assert
 (= (> log!23 0.0) (> exp!2 1.0)))
(assert
 (>= exp!2 (+ 1.0 log!23)))
(assert
 (=> (> 2.0 0.0) (= 2.0 exp!2)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!26) (< exp!3 exp!1)))
(assert
 (= (< log!26 (/ (+ z (- loc)) scale)) (< exp!1 exp!3)))
(assert
 (= (< (/ (+ z (- loc)) scale) log!23) (< exp!3 exp!2)))
(assert
 (= (< log!23 (/ (+ z (- loc)) scale)) (< exp!2 exp!3)))
(assert
 (> exp!3 0.0))
(assert
 (= (> (/ (+ z (- loc)) scale) 0.0) (> exp!3 1.0)))
(assert
 (>= exp!3 (+ 1.0 (/ (+ z (- loc)) scale))))
(check-sat)
(pop 1)
